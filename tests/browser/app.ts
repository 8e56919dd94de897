// The real app for the browser tests: the client built once by Vite into a temporary folder,
// served with GraphQL by startApp on the embedded store, seeded with the Kent dataset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, vi } from 'vitest';
import { loadConfig } from '../../server/src/app/config.js';
import { startApp, type App } from '../../server/src/app/start.js';
import { launchChromium } from './chromium.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const ARTIFACTS = path.join(import.meta.dirname, 'artifacts');

export interface RunningApp {
  readonly url: string;
  stop(): Promise<void>;
}

/** `env`: more configuration (AUTH_MODE and API_TOKENS, say) on top of the defaults below. */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-browser-'));
  const clientDir = path.join(dir, 'client');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'client'),
    logLevel: 'warn',
    build: { outDir: clientDir, emptyOutDir: true },
  });
  let app: App | undefined;
  try {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.join(dir, 'data'),
      CLIENT_DIR: clientDir,
      ...env,
    });
    app = await startApp(config, pino({ level: 'silent' }));
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    throw error;
  }
  const running = app;
  return {
    url: running.http.url,
    stop: async () => {
      await running.stop();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/**
 * The app and Chromium for one describe block: started before its tests, stopped after them.
 * `pollTimeoutMs` lengthens expect.poll for suites that wait on the page under load.
 */
export function useBrowserApp(options: { pollTimeoutMs?: number; env?: Record<string, string> } = {}): {
  readonly app: RunningApp;
  readonly browser: Browser;
} {
  const running = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    if (options.pollTimeoutMs) vi.setConfig({ expect: { poll: { timeout: options.pollTimeoutMs } } });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    running.app = await startBrowserApp(options.env);
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.app?.stop();
  });
  return running;
}

/** Collects what the page reports as wrong (uncaught errors, console errors) into `problems`. */
export function collectProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
}
