// Many GraphQL clients at once against one server, for a fixed time (autocannon, keep-alive
// connections, each client sending its next request as soon as the last is answered):
// requests per second, latency percentiles and errors, overall and per kind of query.
// Latencies are of answered requests; those still in flight when the time is up are not counted.
import autocannon from 'autocannon';
import { quantile, round } from './timing.js';

/** One kind of query (search, neighbourhood, impact…) and the request bodies it takes in turn. */
export interface QueryKind {
  readonly kind: string;
  readonly bodies: readonly string[];
}

export interface ConcurrentClientsOptions {
  /** The GraphQL endpoint. */
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** The mix, handed out round and round across all clients (so that they do not all send the
   *  same kind at once). A kind may appear more than once to weigh it; its bodies go in turn. */
  readonly sequence: readonly QueryKind[];
}

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export interface ConcurrentClientsResult {
  readonly connections: number;
  readonly seconds: number;
  /** The mix, as "search 2 : neighbourhood 2 : impact 1". */
  readonly mix: string;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: Latency | null;
  readonly byKind: Readonly<
    Record<string, { readonly requests: number; readonly latencyMs: Latency | null }>
  >;
  readonly errors: {
    readonly total: number;
    /** Connection errors, timeouts included. */
    readonly connection: number;
    readonly timeouts: number;
    readonly non2xx: number;
    /** HTTP 200 answers whose body carries GraphQL `errors`. */
    readonly graphql: number;
  };
}

/** null when nothing was answered in time. */
function latency(times: number[]): Latency | null {
  const sorted = times.sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1]!),
  };
}

export async function runConcurrentClients(
  options: ConcurrentClientsOptions,
): Promise<ConcurrentClientsResult> {
  const turns = new Map<string, number>();
  let nextInSequence = 0;
  /** The next request of the mix, whichever client asks. */
  const next = (): { kind: string; body: string } => {
    const { kind, bodies } = options.sequence[nextInSequence++ % options.sequence.length]!;
    const turn = turns.get(kind) ?? 0;
    turns.set(kind, turn + 1);
    return { kind, body: bodies[turn % bodies.length]! };
  };
  const times = new Map<string, number[]>(options.sequence.map((q) => [q.kind, []]));
  let graphqlErrors = 0;
  // A client's context travels with its request in flight: setupRequest writes the kind into it,
  // onResponse reads it, and autocannon then emits 'response' with the latency synchronously,
  // which is how the kind reaches the latency through `answeredKind`.
  let answeredKind: string | null = null;

  const settings: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: autocannon.Request, context: { kind?: string }) => {
          const { kind, body } = next();
          context.kind = kind;
          return { ...request, body };
        },
        onResponse: (status: number, body: string, context: { kind?: string }) => {
          answeredKind = context.kind ?? null;
          if (status < 300 && body.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error: unknown, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (answeredKind !== null) times.get(answeredKind)!.push(responseTime);
      answeredKind = null;
    });
  });

  const all = [...times.values()].flat();
  const requests = all.length;
  const mixCounts = new Map<string, number>();
  for (const { kind } of options.sequence) mixCounts.set(kind, (mixCounts.get(kind) ?? 0) + 1);
  return {
    connections: options.connections,
    seconds: options.seconds,
    mix: [...mixCounts].map(([kind, n]) => `${kind} ${n}`).join(' : '),
    requests,
    requestsPerSecond: round(requests / result.duration, 1),
    latencyMs: latency(all),
    byKind: Object.fromEntries(
      [...times].map(([kind, t]) => [kind, { requests: t.length, latencyMs: latency(t) }]),
    ),
    errors: {
      total: result.errors + result.non2xx + graphqlErrors,
      connection: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphql: graphqlErrors,
    },
  };
}
