// Configuration from the environment, parsed once at start-up. A bad value stops start-up with
// the variable's name and what it expects.
import path from 'node:path';
import { z } from 'zod';

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
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
    }
  });

export type Env = z.infer<typeof configSchema>;

export type StoreConfig =
  | { readonly kind: 'ladybug'; readonly file: string }
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
        : { kind: 'ladybug', file: path.resolve(e.DATA_DIR, 'graph.lbug') },
    seedOnEmpty: e.SEED_ON_EMPTY,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    clientDir: path.resolve(e.CLIENT_DIR),
  };
}
