// Resolvers for import and export: the files go to the exchange service; nothing else here.
import path from 'node:path';
import { importGraph, readContent, type ImportMode } from '../services/exchange-service.js';
import { readFiles, writeFiles, type Format, type NamedText } from '../services/formats.js';
import type { ApiContext } from './context.js';

export const exchangeResolvers = {
  Query: {
    exportGraph: async (_: unknown, args: { format: Format }, ctx: ApiContext) =>
      writeFiles(args.format, await readContent(ctx.store)),
  },
  Mutation: {
    importGraph: async (
      _: unknown,
      args: { format: Format; files: NamedText[]; mode: ImportMode; dryRun: boolean; mapping?: unknown },
      ctx: ApiContext,
    ) => {
      const parsed = readFiles(args.format, args.files, args.mapping ?? undefined);
      const report = await importGraph(ctx.store, {
        parsed,
        mode: args.mode,
        dryRun: args.dryRun,
        actor: ctx.actor,
      });
      return { summary: report.result, unmapped: report.unmapped };
    },
    backup: async (_: unknown, __: unknown, ctx: ApiContext) => {
      const at = new Date().toISOString();
      const directory = path.join(ctx.backupDir, `backup-${at.replace(/[:.]/g, '-')}`);
      const graphVersion = await ctx.store.graphVersion();
      await ctx.store.backup(directory);
      return { directory, graphVersion, at };
    },
  },
};
