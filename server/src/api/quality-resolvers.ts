// The data-quality view's one query: the whole graph read once, sorted into gaps by the domain.
import { dataQuality } from '../domain/quality/data-quality.js';
import { readContent } from '../services/exchange-service.js';
import { BadInputError } from '../domain/errors.js';
import type { ApiContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type { InferredLinkModel } from './models.js';
import { relationshipOut } from './resolvers.js';

const MAX_FIRST = 500;

export const qualityResolvers = {
  Query: {
    dataQuality: async (_: unknown, args: { first: number }, ctx: ApiContext) => {
      if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_FIRST) {
        throw new BadInputError('api/dataQuality', [
          { path: 'first', message: `must be a whole number from 0 to ${MAX_FIRST}` },
        ]);
      }
      const content = await readContent(ctx.store);
      const report = dataQuality(content.nodes, content.relationships);
      const gap = <T>(items: readonly T[]) => ({
        totalCount: items.length,
        items: items.slice(0, args.first),
      });
      return {
        contractsWithoutEnd: gap(report.contractsWithoutEnd),
        contractsWithoutNotice: gap(report.contractsWithoutNotice),
        systemsWithoutRecoveryObjective: gap(report.systemsWithoutRecoveryObjective),
        criticalSystemsWithoutHost: gap(report.criticalSystemsWithoutHost),
        nodesWithoutSource: gap(report.nodesWithoutSource),
        inferredLinks: {
          totalCount: report.inferredLinks.length,
          items: report.inferredLinks.slice(0, args.first).map((r) => ({ relationship: relationshipOut(r) })),
        },
      };
    },
  },
  InferredLink: {
    from: (link: InferredLinkModel, _: unknown, ctx: ApiContext) => ctx.nodes.load(link.relationship.from),
    to: (link: InferredLinkModel, _: unknown, ctx: ApiContext) => ctx.nodes.load(link.relationship.to),
  },
} satisfies Resolvers;
