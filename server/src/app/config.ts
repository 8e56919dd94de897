// Configuration from the environment, parsed once at start-up. A bad value stops start-up with
// the variable's name and what it expects.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from '../api/permissions.js';

/** See LADYBUG_BUFFER_POOL_MB. */
const DEFAULT_BUFFER_POOL_MB = 512;

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/,
        'a Bolt URI such as bolt://localhost:7687 or neo4j+s://host',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    SEED_ON_EMPTY: flag.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    CLIENT_DIR: z.string().min(1).default('./dist/client'),
    AUTH_MODE: z.enum(['development', 'tokens']).optional(),
    API_TOKENS: z.string().optional(),
    // Unset: reads need a token in production, and are open otherwise (see loadConfig).
    READ_ACCESS: z.enum(['open', 'token']).optional(),
    INTROSPECTION: flag.optional(),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(100_000_000).default(100_000),
    GRAPHQL_TIME_BUDGET_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
    GRAPHQL_EXPORT_MAX_ELEMENTS: z.coerce.number().int().min(0).max(10_000_000).default(10_000),
    BACKUP_DIR: z.string().min(1).optional(),
    IMPACT_THREADS: z.coerce.number().int().min(0).max(256).optional(),
    // The embedded store's buffer pool (page cache and query memory), in MiB: 0 lets LadybugDB size it
    // to the machine. The read cache answers reads from its own memory, so the pool only serves
    // start-up's read of the graph, writes and imports.
    LADYBUG_BUFFER_POOL_MB: z.coerce.number().int().min(0).max(1_048_576).default(DEFAULT_BUFFER_POOL_MB),
    VERSION_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
    // A shipped metamodel's name (metamodels/<name>.yaml) or the path of a metamodel file.
    METAMODEL: z.string().min(1).default('council'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
    }
    const production = env.NODE_ENV === 'production';
    if (production && env.AUTH_MODE === 'development') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_MODE'],
        message: 'development mode (everyone is admin) is refused when NODE_ENV=production; use tokens',
      });
    }
    const tokens = env.AUTH_MODE === 'tokens' || (production && env.AUTH_MODE === undefined);
    if (tokens) {
      const parsed = parseTokenList(env.API_TOKENS ?? '');
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', path: ['API_TOKENS'], message: parsed });
    }
  });

export type Env = z.infer<typeof configSchema>;

/** One API token: who holds it, what it may do, and the SHA-256 of the token (never the token). */
export interface TokenEntry {
  readonly name: string;
  readonly role: Role;
  readonly sha256: string;
}

/** API_TOKENS: `name:role:sha256hex` entries separated by commas. */
export function parseTokenList(text: string): TokenEntry[] | string {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'required in token mode: name:role:sha256 entries separated by commas';
  const out: TokenEntry[] = [];
  for (const entry of entries) {
    const [name, role, sha256, ...rest] = entry.split(':');
    if (!name || !role || !sha256 || rest.length) return `"${entry}" is not name:role:sha256`;
    if (!(ROLES as readonly string[]).includes(role))
      return `"${entry}": role must be one of ${ROLES.join(', ')}`;
    if (!/^[0-9a-f]{64}$/.test(sha256))
      return `"${entry}": the hash must be 64 lower-case hex digits (sha256 of the token)`;
    out.push({ name, role: role as Role, sha256 });
  }
  return out;
}

export type AuthConfig =
  | { readonly mode: 'development' }
  | {
      readonly mode: 'tokens';
      readonly tokens: readonly TokenEntry[];
      readonly readAccess: 'open' | 'token';
    };

export type StoreConfig =
  | { readonly kind: 'ladybug'; readonly file: string; readonly bufferPoolBytes?: number }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database: string | undefined;
    };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly store: StoreConfig;
  readonly seedOnEmpty: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly production: boolean;
  readonly clientDir: string;
  readonly auth: AuthConfig;
  readonly graphql: {
    readonly introspection: boolean;
    readonly maxDepth: number;
    readonly maxCost: number;
    readonly timeBudgetMs: number;
    readonly exportMaxElements: number;
  };
  readonly backupDir: string;
  /** Worker threads that walk what-ifs; 0 walks them on the event loop. */
  readonly impactThreads: number;
  /** How often the graph version is read to learn of writes made elsewhere. */
  readonly versionPollMs: number;
  /** The metamodel file to load at start-up: a name under metamodels/ or a path. */
  readonly metamodel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`[app/config] invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the variables this app knows; ignores the rest of the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((key) =>
      env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]],
    ),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '');
        return `${name}=${JSON.stringify(known[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    store:
      e.NEO4J_URI && e.NEO4J_PASSWORD
        ? {
            kind: 'neo4j',
            uri: e.NEO4J_URI,
            user: e.NEO4J_USER,
            password: e.NEO4J_PASSWORD,
            database: e.NEO4J_DATABASE,
          }
        : {
            kind: 'ladybug',
            file: path.resolve(e.DATA_DIR, 'graph.lbug'),
            ...(e.LADYBUG_BUFFER_POOL_MB > 0
              ? { bufferPoolBytes: e.LADYBUG_BUFFER_POOL_MB * 1024 * 1024 }
              : {}),
          },
    seedOnEmpty: e.SEED_ON_EMPTY,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    clientDir: path.resolve(e.CLIENT_DIR),
    auth:
      e.AUTH_MODE === 'tokens' || (e.NODE_ENV === 'production' && e.AUTH_MODE === undefined)
        ? {
            mode: 'tokens',
            tokens: parseTokenList(e.API_TOKENS ?? '') as TokenEntry[],
            // Closed by default where it matters: anonymous reads in production only when asked for.
            readAccess: e.READ_ACCESS ?? (e.NODE_ENV === 'production' ? 'token' : 'open'),
          }
        : { mode: 'development' },
    graphql: {
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      timeBudgetMs: e.GRAPHQL_TIME_BUDGET_MS,
      exportMaxElements: e.GRAPHQL_EXPORT_MAX_ELEMENTS,
    },
    backupDir: path.resolve(e.BACKUP_DIR ?? path.join(e.DATA_DIR, 'backups')),
    // One per core: the event loop's own work (parsing, checking, serialising) shares them.
    impactThreads: e.IMPACT_THREADS ?? os.availableParallelism(),
    versionPollMs: e.VERSION_POLL_MS,
    metamodel: e.METAMODEL,
  };
}
