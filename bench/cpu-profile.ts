// Where a server's time went, from the CPU profile node writes with --cpu-prof: self time summed
// by what the code is (GraphQL parsing and validation, execution, our resolvers, the read cache,
// the domain, logging, HTTP, JSON, garbage collection…), for the event loop's thread.
import fs from 'node:fs';
import path from 'node:path';
import { round } from './timing.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}
interface Profile {
  /** Microseconds on the monotonic clock (process.hrtime's, on Linux). */
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** First match wins: the more specific places first. */
const CATEGORIES: readonly [string, (url: string, fn: string) => boolean][] = [
  ['idle', (_, fn) => fn === '(idle)'],
  ['garbage collection', (_, fn) => fn === '(garbage collector)'],
  ['JSON (parse, stringify)', (url, fn) => url === '' && /^(stringify|parse)$/.test(fn)],
  ['GraphQL parse and validation', (url) => /node_modules\/graphql\/(language|validation)\//.test(url)],
  ['GraphQL execution', (url) => /node_modules\/graphql\//.test(url)],
  ['operation limits (armor, cost)', (url) => /graphql-armor|graphql-query-complexity/.test(url)],
  ['Apollo Server', (url) => /@apollo\//.test(url)],
  ['logging (pino)', (url) => /node_modules\/(pino|pino-http|sonic-boom|thread-stream)\//.test(url)],
  ['validation (zod)', (url) => /node_modules\/zod\//.test(url)],
  [
    'HTTP (express, body parsing)',
    (url) =>
      /node_modules\/(express|router|body-parser|raw-body|helmet|@as-integrations|finalhandler|send|iconv-lite|on-finished|qs|type-is)/.test(
        url,
      ),
  ],
  ['DataLoader', (url) => /node_modules\/dataloader\//.test(url)],
  ['worker pool (piscina)', (url) => /node_modules\/piscina\//.test(url)],
  ['embedded store engine', (url) => /@ladybugdb/.test(url)],
  ['resolvers and API (src/api)', (url) => /\/src\/api\//.test(url)],
  ['read cache and store (src/store)', (url) => /\/src\/store\//.test(url)],
  ['what-if service (src/services)', (url) => /\/src\/services\//.test(url)],
  ['domain (impact, search)', (url) => /\/src\/domain\//.test(url)],
  ['app (HTTP server, logging set-up)', (url) => /\/src\/app\//.test(url)],
  ['other dependencies', (url) => /node_modules/.test(url)],
  ['Node.js internals', (url) => url.startsWith('node:')],
  ['engine and native (program)', () => true],
];

export interface ProfileSummary {
  readonly file: string;
  readonly totalMs: number;
  /** Busy time (idle left out) by category, largest first, with its share of busy time. */
  readonly busy: readonly { readonly category: string; readonly ms: number; readonly share: number }[];
  /** The functions with the most self time, with their category. */
  readonly topFunctions: readonly { readonly name: string; readonly category: string; readonly ms: number }[];
}

/** A stretch of the monotonic clock, in microseconds (process.hrtime.bigint() / 1000). */
export interface Window {
  readonly fromUs: number;
  readonly toUs: number;
}

export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** The profile's samples within the window (all of them without one: start-up included). */
export function summariseProfile(file: string, window?: Window): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const categoryOf = new Map<number, string>();
  const nameOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    categoryOf.set(node.id, CATEGORIES.find(([, test]) => test(url, functionName))![0]);
    const place = url.replace(/^.*\/(node_modules|dist)\//, '');
    nameOf.set(node.id, `${functionName || '(anonymous)'} ${place}`);
  }
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, { category: string; us: number }>();
  let totalUs = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    totalUs += us;
    const category = categoryOf.get(id)!;
    byCategory.set(category, (byCategory.get(category) ?? 0) + us);
    const name = nameOf.get(id)!;
    const fn = byFunction.get(name) ?? { category, us: 0 };
    fn.us += us;
    byFunction.set(name, fn);
  });
  const busyUs = totalUs - (byCategory.get('idle') ?? 0);
  return {
    file: path.basename(file),
    totalMs: round(totalUs / 1000),
    busy: [...byCategory]
      .filter(([category]) => category !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => ({ category, ms: round(us / 1000), share: round(us / busyUs, 3) })),
    topFunctions: [...byFunction]
      .filter(([, f]) => f.category !== 'idle')
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, 25)
      .map(([name, f]) => ({ name, category: f.category, ms: round(f.us / 1000) })),
  };
}

/** The event loop's profile among those one process wrote (workers write their own): the file
 *  named with thread 0, as node names them (CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile). */
export function mainThreadProfile(dir: string): string | null {
  const files = fs.readdirSync(dir).filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  return files.length ? path.join(dir, files.sort().at(-1)!) : null;
}
