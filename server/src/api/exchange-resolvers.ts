// Resolvers for import and export: the files go to the exchange service; nothing else here.
// exportGraph answers small graphs only: a whole big graph held as text in one GraphQL response
// is what the download endpoint and the CLI are for, streamed.
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { importGraph, readContent } from '../services/exchange-service.js';
import { readFiles, writeFiles, type Format } from '../services/formats.js';
import type { ApiContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';

export interface ExchangeLimits {
  readonly exportMaxElements: number;
}

export const exchangeResolvers = (limits: ExchangeLimits): Resolvers => ({
  Query: {
    exportGraph: async (_: unknown, args: { format: Format }, ctx: ApiContext) => {
      const [byKind, relationships] = await Promise.all([
        ctx.store.countByKind(),
        ctx.store.countRelationships(),
      ]);
      const elements = Object.values(byKind).reduce((a, b) => a + b, relationships);
      if (elements > limits.exportMaxElements) throw exportTooLarge(elements, limits.exportMaxElements);
      return writeFiles(args.format, await readContent(ctx.store), ctx.store.metamodel);
    },
  },
  Mutation: {
    importGraph: async (_, args, ctx) => {
      const parsed = readFiles(args.format, [...args.files], args.mapping ?? undefined, ctx.store.metamodel);
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
});

function exportTooLarge(elements: number, max: number): GraphQLError {
  return new GraphQLError(
    `[api/exportGraph] the graph has ${elements} nodes and relationships, more than the ${max} ` +
      'that exportGraph answers: download it streamed from GET /export/graph.json, /export/nodes.csv, ' +
      '/export/relationships.csv or /export/graph.archimate.xml (same token), or run npm run cli -- export',
    { extensions: { code: 'EXPORT_TOO_LARGE', elements, maxElements: max } },
  );
}
