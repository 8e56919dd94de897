// Resolvers for import and export: the files go to the exchange service; nothing else here.
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
  },
};
