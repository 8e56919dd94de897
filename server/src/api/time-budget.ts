// A time budget per read: a query still running when its budget is spent is answered at once
// with TIME_BUDGET_EXCEEDED, and no resolver of it starts after that, so a stuck or huge request
// stops taking the server's time and memory. Writes are not cut off: a batch is all-or-nothing in
// the store, and answering "stopped" while it commits would be a lie.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

interface Deadline {
  readonly budgetMs: number;
  readonly at: number;
  /** Rejects when the budget is spent. */
  readonly spent: Promise<never>;
  readonly timer: NodeJS.Timeout;
}

// Keyed by the request's context object: one per request, gone with it.
const deadlines = new WeakMap<object, Deadline>();

export function timeBudgetError(budgetMs: number): GraphQLError {
  return new GraphQLError(
    `[api/time-budget] the request ran past its time budget of ${budgetMs} ms and was stopped: ` +
      'ask for less (a smaller depth, limit or first), or download whole-graph exports (GET /export/…)',
    { extensions: { code: 'TIME_BUDGET_EXCEEDED', budgetMs } },
  );
}

/** Starts a query's clock when its request arrives; stops it when the answer leaves. */
export function timeBudgetPlugin<C extends object>(budgetMs: number): ApolloServerPlugin<C> {
  return {
    requestDidStart: async () => {
      const started = Date.now();
      let context: C | undefined;
      return {
        didResolveOperation: async ({ operation, contextValue }) => {
          if (operation?.operation !== OperationTypeNode.QUERY) return;
          const left = Math.max(0, budgetMs - (Date.now() - started));
          let timer!: NodeJS.Timeout;
          const spent = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(timeBudgetError(budgetMs)), left);
          });
          spent.catch(() => undefined); // raced by resolvers; nobody else need listen
          context = contextValue;
          deadlines.set(contextValue, { budgetMs, at: started + budgetMs, spent, timer });
        },
        willSendResponse: async () => {
          if (!context) return;
          clearTimeout(deadlines.get(context)?.timer);
          deadlines.delete(context);
        },
      };
    },
  };
}

type ResolverMap = Record<string, unknown>;
type Resolver = (parent: unknown, args: unknown, ctx: object, info: unknown) => unknown;

/**
 * Wraps every resolver function of the maps (Mutation's own fields excepted) so that it does not
 * start once its query's budget is spent, and an unfinished one gives way to the budget's error.
 */
export function withTimeBudget(maps: ResolverMap[]): ResolverMap[] {
  return maps.map((map) =>
    Object.fromEntries(
      Object.entries(map).map(([typeName, fields]) => {
        if (typeName === 'Mutation' || !fields || typeof fields !== 'object' || !isPlainObject(fields))
          return [typeName, fields];
        const wrapped = Object.fromEntries(
          Object.entries(fields as Record<string, unknown>).map(([field, resolve]) =>
            typeof resolve === 'function' && !field.startsWith('__')
              ? [field, budgeted(resolve as Resolver)]
              : [field, resolve],
          ),
        );
        return [typeName, wrapped];
      }),
    ),
  );
}

function budgeted(resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    const deadline = deadlines.get(ctx);
    if (!deadline) return resolve(parent, args, ctx, info);
    if (Date.now() >= deadline.at) throw timeBudgetError(deadline.budgetMs);
    const result = resolve(parent, args, ctx, info);
    return result instanceof Promise ? Promise.race([result, deadline.spent]) : result;
  };
}

// Scalars (GraphQLScalarType instances) are resolver-map entries too; only plain maps are wrapped.
const isPlainObject = (value: object): boolean =>
  Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
