// Debian's Chromium, driven by playwright-core (never `playwright install`: that downloads a
// browser build, which our machines cannot fetch). Missing Chromium fails the run in CI
// (CI=true) with what to install, and skips the browser tests elsewhere with one line.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p)) ?? null;

export const MISSING_CHROMIUM =
  'Chromium not found (looked for $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): ' +
  'install it with `apt-get update && apt-get install -y chromium`';

/** True when the browser tests should be skipped; throws in CI, where a skip would hide a gap. */
export function skipWithoutChromium(): boolean {
  if (CHROMIUM) return false;
  if (process.env.CI === 'true') throw new Error(`[tests/browser] ${MISSING_CHROMIUM}`);
  console.warn(`[tests/browser] skipped: ${MISSING_CHROMIUM}`);
  return true;
}

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(`[tests/browser] ${MISSING_CHROMIUM}`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
