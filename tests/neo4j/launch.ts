// Starts a real Neo4j 5.26 (org.neo4j.test:neo4j-harness, in-process in its own JVM) for tests and
// local development. Needs `java` (17+) and, the first time, `mvn` to resolve the harness classpath
// from Maven Central into the local Maven repository (~/.m2). Node built-ins only.
//
// The JVM's stdin is a pipe from this process: when this process ends in any way (even SIGKILL),
// the pipe closes and the JVM shuts down. The JVM also exits if its parent process disappears.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Neo4jServer {
  /** Bolt URI, e.g. bolt://127.0.0.1:7687 */
  uri: string;
  user: string;
  password: string;
  /** Closes the JVM's stdin (clean shutdown) and waits for it to exit; SIGKILL after a timeout. Idempotent. */
  stop(): Promise<void>;
  /** The JVM's process id (for its CPU time in /proc). */
  pid: number | undefined;
  /** Settles when the JVM exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartNeo4jOptions {
  /** Keep the databases in this directory (created if needed). Default: a temporary one, deleted on stop. */
  dataDir?: string;
  /** Bolt port on 127.0.0.1. Default 0: a free port. */
  port?: number;
  /** Password for user "neo4j" (at least 8 characters). Default "test-password". */
  password?: string;
  /** Receives progress lines (Maven, JVM stderr). Default: discarded. */
  log?: (line: string) => void;
  /** How long to wait for the READY line once the JVM runs. Default 180 s. */
  startTimeoutMs?: number;
  /** db.memory.transaction.total.max in bytes: the most all transactions together may use. */
  transactionMemoryTotalMax?: number;
  /** server.memory.pagecache.size in MiB. Default 64 (the tests' graphs are small); a bench at
   *  100k nodes sizes it to hold the store, as a production Neo4j would. */
  pageCacheMb?: number;
  /** JVM flags after the modest defaults (a later -Xmx wins), before NEO4J_JAVA_OPTS. */
  javaOpts?: readonly string[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
const POM = join(HERE, 'pom.xml');
const LAUNCHER = join(HERE, 'Neo4jLauncher.java');
const CACHE_DIR = join(HERE, 'target');

const DEFAULT_PASSWORD = 'test-password';
const DEFAULT_START_TIMEOUT_MS = 180_000;
const MAVEN_TIMEOUT_MS = 15 * 60_000;
const STOP_TIMEOUT_MS = 30_000;
/** Fully qualified (same version as pom.xml's pluginManagement) so an offline failure names the real cause. */
const DEPENDENCY_PLUGIN_GOAL = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath';
/** Modest memory: the machine has 2 cores shared with the tests. Extra flags: env NEO4J_JAVA_OPTS. */
const JAVA_OPTS = [
  '-Xms64m',
  '-Xmx1g',
  '-XX:+UseSerialGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

// ---------------------------------------------------------------------------------------------
// Availability

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

let javaCache: { path: string } | { error: string } | undefined;

function findJava(): { path: string } | { error: string } {
  if (javaCache) return javaCache;
  let path = findOnPath('java');
  if (!path && process.env.JAVA_HOME) {
    const fromHome = join(process.env.JAVA_HOME, 'bin', 'java');
    if (existsSync(fromHome)) path = fromHome;
  }
  if (!path) {
    javaCache = { error: 'java not on PATH (need a JDK 17 or newer)' };
    return javaCache;
  }
  const probe = spawnSync(path, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  const text = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (probe.status !== 0 || !match) {
    javaCache = { error: `${path} -version failed: ${text.trim() || String(probe.error)}` };
    return javaCache;
  }
  let major = Number(match[1]);
  if (major === 1) major = Number(match[2]); // "1.8.0" style
  if (major < 17) {
    javaCache = { error: `java at ${path} is version ${major}; Neo4j 5.26 needs Java 17 or newer` };
    return javaCache;
  }
  javaCache = { path };
  return javaCache;
}

/**
 * On Linux, `setpriv --pdeathsig` makes the kernel signal the child when this process dies, even by
 * SIGKILL (the mvn script and setpriv both exec, so the signal reaches the JVM itself).
 */
function withParentDeathSignal(command: string, args: string[], signal: 'KILL' | 'TERM'): [string, string[]] {
  const setpriv = process.platform === 'linux' ? findOnPath('setpriv') : null;
  return setpriv ? [setpriv, ['--pdeathsig', signal, '--', command, ...args]] : [command, args];
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
}

function classpathFile(): string {
  return join(CACHE_DIR, `classpath-${pomHash()}.txt`);
}

/** The cached classpath, if it is there and every entry still exists (e.g. ~/.m2 was not wiped). */
function cachedClasspath(): string | null {
  const file = classpathFile();
  if (!existsSync(file)) return null;
  const classpath = readFileSync(file, 'utf8').trim();
  if (!classpath) return null;
  const entries = classpath.split(delimiter);
  return entries.every((entry) => existsSync(entry)) ? classpath : null;
}

/**
 * Why a Neo4j cannot be started here, or null if it can (as far as can be told without trying:
 * a cold classpath cache still needs Maven Central to be reachable).
 */
export function neo4jUnavailableReason(): string | null {
  const java = findJava();
  if ('error' in java) return java.error;
  if (!cachedClasspath() && !findOnPath('mvn')) {
    return 'mvn not on PATH (needed once to download org.neo4j.test:neo4j-harness into ~/.m2)';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Classpath (Maven, cached under target/ keyed by the pom's hash)

let classpathPromise: Promise<string> | undefined;

function resolveClasspath(log: (line: string) => void): Promise<string> {
  const cached = cachedClasspath();
  if (cached) return Promise.resolve(cached);
  classpathPromise ??= runMaven(log).finally(() => {
    classpathPromise = undefined;
  });
  return classpathPromise;
}

function runMaven(log: (line: string) => void): Promise<string> {
  const mvn = findOnPath('mvn');
  if (!mvn) {
    return Promise.reject(
      new Error('Cannot start Neo4j: mvn not on PATH (needed once to download org.neo4j.test:neo4j-harness)'),
    );
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const target = classpathFile();
  const partial = `${target}.${process.pid}.tmp`;
  log(
    'resolving the neo4j-harness classpath with Maven (the first time downloads ~150 MB; can take minutes)',
  );
  const started = Date.now();
  return new Promise<string>((resolvePromise, reject) => {
    const [command, args] = withParentDeathSignal(
      mvn,
      ['-B', '-q', '-Dstyle.color=never', '-f', POM, DEPENDENCY_PLUGIN_GOAL, `-Dmdep.outputFile=${partial}`],
      'KILL',
    );
    const child = spawn(command, args, { cwd: HERE, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const collect = (stream: NodeJS.ReadableStream | null) => {
      if (!stream) return;
      createInterface({ input: stream }).on('line', (raw) => {
        const line = stripAnsi(raw);
        if (!line.trim()) return;
        output.push(line);
        if (output.length > 200) output.shift();
        log(`mvn: ${line}`);
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, MAVEN_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start Neo4j: failed to run ${mvn}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && existsSync(partial)) {
        renameSync(partial, target);
        log(`classpath resolved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const classpath = cachedClasspath();
        if (classpath) {
          resolvePromise(classpath);
          return;
        }
      }
      rmSync(partial, { force: true });
      const boilerplate =
        /^\[ERROR\]\s*($|To see the full|Re-run Maven|For more information|\[Help \d+\] http)/;
      const errors = output.filter((line) => line.startsWith('[ERROR]') && !boilerplate.test(line));
      const shown = (errors.length > 0 ? errors : output).slice(-25).join('\n');
      const how = signal
        ? `was killed (${signal}${signal === 'SIGKILL' ? ', timed out' : ''})`
        : `exited ${code}`;
      reject(
        new Error(
          `Cannot start Neo4j: Maven could not resolve org.neo4j.test:neo4j-harness (mvn ${how}; ` +
            `it needs Maven Central, or a warm ~/.m2). Maven said:\n${shown || '(nothing)'}`,
        ),
      );
    });
  });
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

// ---------------------------------------------------------------------------------------------
// Start / stop

export async function startNeo4j(opts: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const log = opts.log ?? (() => {});
  const password = opts.password ?? DEFAULT_PASSWORD;
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Cannot start Neo4j: invalid port ${String(opts.port)}`);
  }
  if (password.length < 8) {
    throw new Error('Cannot start Neo4j: the password must be at least 8 characters (Neo4j minimum)');
  }
  const java = findJava();
  if ('error' in java) throw new Error(`Cannot start Neo4j: ${java.error}`);

  const classpath = await resolveClasspath(log);

  const args = [
    ...JAVA_OPTS,
    ...(opts.javaOpts ?? []),
    ...splitOpts(process.env.NEO4J_JAVA_OPTS),
    LAUNCHER,
    '--port',
    String(port),
  ];
  if (opts.dataDir) {
    const dataDir = isAbsolute(opts.dataDir) ? opts.dataDir : resolve(opts.dataDir);
    args.push('--data-dir', dataDir);
  }
  if (opts.transactionMemoryTotalMax)
    args.push('--transaction-memory-total-max', String(opts.transactionMemoryTotalMax));
  if (opts.pageCacheMb) args.push('--pagecache-mb', String(opts.pageCacheMb));
  const env: NodeJS.ProcessEnv = { ...process.env, CLASSPATH: classpath, NEO4J_LAUNCHER_PASSWORD: password };
  delete env.NEO4J_LAUNCHER_PORT;
  delete env.NEO4J_LAUNCHER_DATA_DIR;
  delete env.JAVA_TOOL_OPTIONS; // it would print "Picked up ..." noise; use NEO4J_JAVA_OPTS instead

  // stdin is a pipe that nothing writes to: its EOF (our exit, or stop()) shuts the JVM down.
  // SIGTERM on our death (pdeathsig) also runs the JVM's shutdown hook; both are belt and braces.
  const [command, commandArgs] = withParentDeathSignal(java.path, args, 'TERM');
  const child = spawn(command, commandArgs, { cwd: HERE, env, stdio: ['pipe', 'pipe', 'pipe'] });
  // Writing to a closed stdin must not crash us (e.g. the JVM exited first).
  child.stdin?.on('error', () => {});
  const unwatch = watchForOrphaning(() => {
    log('Neo4j launcher: our parent process is gone (test runner killed?); stopping Neo4j');
    child.stdin?.end();
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.on('exit', (code, signal) => {
      unwatch();
      resolveExit({ code, signal });
    });
    child.on('error', () => {
      unwatch();
      resolveExit({ code: null, signal: null });
    });
  });

  const stderrTail: string[] = [];
  let failedReason: string | null = null;
  if (child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 40) stderrTail.shift();
      const failed = /^NEO4J_FAILED (.*)$/.exec(line);
      if (failed) failedReason = failed[1] ?? line;
      log(line);
    });
  }

  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  let uri: string;
  try {
    uri = await new Promise<string>((resolveReady, reject) => {
      const tail = () => (stderrTail.length ? `\nJVM stderr (last lines):\n${stderrTail.join('\n')}` : '');
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s.${tail()}`));
      }, timeoutMs);
      if (child.stdout) {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const ready = /^NEO4J_READY (\S+)/.exec(line);
          if (ready?.[1]) {
            clearTimeout(timer);
            resolveReady(ready[1]);
          } else if (line.trim()) {
            log(line);
          }
        });
      }
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`Cannot start Neo4j: failed to run ${java.path}: ${err.message}`));
      });
      // 'close' (not 'exit') so that the NEO4J_FAILED line on stderr has been read.
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const why = failedReason ?? `the JVM exited (${signal ?? `code ${code}`}) before it was ready`;
        reject(new Error(`Neo4j failed to start: ${why}${failedReason ? '' : tail()}`));
      });
    });
  } catch (err) {
    child.stdin?.end();
    await Promise.race([exited, delay(5_000)]);
    throw err;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const done = await Promise.race([exited.then(() => true), delay(STOP_TIMEOUT_MS).then(() => false)]);
      if (!done) {
        log(`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
        child.kill('SIGKILL');
        await exited;
      }
    })();
    return stopping;
  };

  return { uri, user: 'neo4j', password, stop, exited, pid: child.pid };
}

// A test runner's worker process can outlive the runner when the runner is SIGKILLed (vitest's
// forks pool does): it is re-parented, and then still holds the JVM's stdin open. So watch our own
// parent too, and stop every JVM we started once it changes.
const INITIAL_PPID = process.ppid;
const orphanCallbacks = new Set<() => void>();
let orphanTimer: NodeJS.Timeout | undefined;

function watchForOrphaning(onOrphaned: () => void): () => void {
  orphanCallbacks.add(onOrphaned);
  if (!orphanTimer) {
    orphanTimer = setInterval(() => {
      if (process.ppid === INITIAL_PPID) return;
      const callbacks = [...orphanCallbacks];
      orphanCallbacks.clear();
      clearInterval(orphanTimer);
      orphanTimer = undefined;
      for (const callback of callbacks) callback();
    }, 1000);
    orphanTimer.unref();
  }
  return () => {
    orphanCallbacks.delete(onOrphaned);
    if (orphanCallbacks.size === 0 && orphanTimer) {
      clearInterval(orphanTimer);
      orphanTimer = undefined;
    }
  };
}

function splitOpts(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => {
    setTimeout(resolveDelay, ms).unref();
  });
}
