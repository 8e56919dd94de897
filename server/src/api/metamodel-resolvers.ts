// changeMetamodel: the submitted file is parsed and checked (lines and reasons), then every node
// and relationship in the store is checked against it, as a batch would be.
import { AppError, BadInputError, type ErrorCode } from '../domain/errors.js';
import {
  MetamodelFileError,
  checkAgainstMetamodel,
  compileMetamodel,
  metamodelDifferences,
  parseMetamodelText,
  type Metamodel,
} from '../domain/metamodel/index.js';
import { readContent } from '../services/exchange-service.js';
import type { ApiContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';

const MODULE = 'api/metamodel';

class MetamodelChangeNotSupported extends AppError {
  readonly code: ErrorCode = 'NOT_SUPPORTED';
}

export const metamodelChangeResolvers = (): Resolvers => ({
  Mutation: {
    changeMetamodel: async (_: unknown, args: { definition: string; dryRun: boolean }, ctx: ApiContext) => {
      let next: Metamodel;
      try {
        next = compileMetamodel(parseMetamodelText(args.definition, 'definition'));
      } catch (error) {
        if (!(error instanceof MetamodelFileError)) throw error;
        throw new BadInputError(
          MODULE,
          error.problems.map((p) => ({
            path: `definition line ${p.line}${p.path ? ` (${p.path})` : ''}`,
            message: p.message,
          })),
        );
      }
      const content = await readContent(ctx.store);
      // Stored nodes carry their version; the metamodel describes what is written.
      const nodes = content.nodes.map(({ version: _version, ...node }) => node);
      const issues = checkAgainstMetamodel(next, { nodes, relationships: content.relationships });
      if (issues.length > 0) {
        // Name the node or relationship, not its place in an internal list.
        const named = issues.map((issue) => {
          const [list, index, ...rest] = issue.path.split('.');
          const item =
            list === 'nodes'
              ? `node ${content.nodes[Number(index)]?.id}`
              : `relationship ${relationshipName(content.relationships[Number(index)])}`;
          return { path: [item, ...rest].join('.'), message: issue.message };
        });
        throw new BadInputError(MODULE, named);
      }
      // Against what the store holds (the metamodel served is the store's: app/start.ts).
      const differences = metamodelDifferences(next, ctx.store.metamodel);
      if (!args.dryRun && differences.length > 0) {
        throw new MetamodelChangeNotSupported(
          `[${MODULE}] the ${next.name} metamodel fits the graph, but this version does not change a running store's metamodel: ` +
            `the store holds the ${ctx.store.metamodel.name} metamodel with its graph, and a store of another is refused at start-up ` +
            'unless it is empty (docs/metamodel.md)',
        );
      }
      return { name: next.name, differences, applied: !args.dryRun };
    },
  },
});

function relationshipName(r: { from: string; type: string; to: string } | undefined): string {
  return r ? `${r.from} ${r.type} ${r.to}` : '?';
}
