// changeMetamodel: the submitted file is parsed and checked (lines and reasons), then every node
// and relationship in the store is checked against it, as a batch would be; applied, the store
// switches its schema and the HTTP layer the GraphQL schema it serves.
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
import { metamodelStamp } from '../store/cypher/metamodel-record.js';
import type { ApiContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';

const MODULE = 'api/metamodel';

class MetamodelChangeNotSupported extends AppError {
  readonly code: ErrorCode = 'NOT_SUPPORTED';
}

/** A GraphQL schema built for a metamodel and started, not yet served: served by `commit`, or
 *  thrown away by `discard` when the store refuses the change. */
export interface PreparedSchema {
  commit(): void;
  discard(): Promise<void>;
}

/** Builds the schema for another metamodel (the HTTP layer, which serves it). */
export type SchemaPreparer = (metamodel: Metamodel) => Promise<PreparedSchema>;

export const metamodelChangeResolvers = (
  /** The metamodel this schema was built for. */
  served: Metamodel,
  prepareSchema?: SchemaPreparer,
): Resolvers => ({
  Metamodel: {
    hash: () => metamodelStamp(served).hash,
    changes: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.metamodelChanges(),
  },
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
      const changes = differences.length > 0 || next.name !== ctx.store.metamodel.name;
      if (args.dryRun || !changes) return { name: next.name, differences, applied: false, change: null };
      if (!prepareSchema) {
        throw new MetamodelChangeNotSupported(
          `[${MODULE}] this server cannot serve another schema while it runs: start it with METAMODEL naming the ${next.name} metamodel over an empty store (docs/metamodel.md)`,
        );
      }
      // The new schema is built first: a metamodel it cannot be built from leaves the store as it is.
      const schema = await prepareSchema(next);
      let change;
      try {
        change = await ctx.store.changeMetamodel(next, { actor: ctx.actor });
      } catch (error) {
        await schema.discard();
        throw error;
      }
      schema.commit();
      return { name: next.name, differences, applied: true, change };
    },
  },
});

function relationshipName(r: { from: string; type: string; to: string } | undefined): string {
  return r ? `${r.from} ${r.type} ${r.to}` : '?';
}
