// Keyboard and screen reader, in Chromium against the real server: every view checked by
// axe-core (injected into the page) with no serious or critical issue, at a desktop and a small
// laptop size, each leaving a screenshot; the graph walked and expanded with the keyboard alone;
// focus kept when a side-panel link changes what the panel shows; the skip link; Unlink after
// the link it removes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserApp } from './app.js';
import { drawnNodes } from './canvas.js';
import { skipWithoutChromium } from './chromium.js';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

/** Each view in a state worth checking, and what shows it is ready. */
const VIEWS: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'explore-landing',
    path: '/explore',
    ready: (p) => p.getByRole('heading', { name: 'Find something to explore' }).waitFor(),
  },
  {
    name: 'explore-kpsn',
    path: '/explore?node=system:kpsn',
    ready: async (p) => {
      await p.getByTestId('detail-panel').waitFor();
      await drawnNodes(p);
    },
  },
  {
    name: 'explore-kpsn-table',
    path: '/explore?node=system:kpsn&table=1',
    ready: (p) => p.getByTestId('node-table').waitFor(),
  },
  {
    name: 'what-if-unisys',
    path: '/what-if?e=lapse:contract:kpsn-unisys&sel=partner:kent-police',
    ready: async (p) => {
      await p.getByTestId('explanation').waitFor();
      await drawnNodes(p);
    },
  },
  { name: 'what-if-empty', path: '/what-if', ready: (p) => p.getByText('Nothing has failed yet').waitFor() },
  {
    name: 'contracts',
    path: '/contracts?asAt=2014-04-01',
    ready: (p) => p.getByTestId('timeline').waitFor(),
  },
  {
    name: 'strategy',
    path: '/strategy?node=strategy:kcc-technology-strategy-2020-2023',
    ready: (p) => p.getByTestId('trace-summary').waitFor(),
  },
  {
    name: 'quality',
    path: '/quality',
    ready: (p) => p.getByTestId('gap-inferredLinks').waitFor(),
  },
  { name: 'not-found', path: '/no/such/page', ready: (p) => p.getByTestId('not-found').waitFor() },
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousIssues(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ` +
        v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', '),
    );
}

describe.skipIf(skipWithoutChromium())('keyboard and screen reader in Chromium', () => {
  // The suite shares two cores with every other test file: a second to settle is too short.
  const run = useBrowserApp({ pollTimeoutMs: 10_000 });
  let page: Page;
  const problems: string[] = [];

  describe.each(SIZES)('at $width×$height', (size) => {
    beforeEach(async () => {
      problems.length = 0;
      // axe is injected as a script, which the server's Content-Security-Policy would refuse.
      page = await run.browser.newPage({ viewport: size, bypassCSP: true });
      page.on('pageerror', (e) => problems.push(e.message));
    });
    afterEach(async () => {
      await page.close();
      expect(problems, 'errors in the page').toEqual([]);
    });

    it.each(VIEWS)('axe finds no serious or critical issue: $name', async (view) => {
      await page.goto(`${run.app.url}${view.path}`);
      await view.ready(page);
      await page.screenshot({
        path: path.join(ARTIFACTS, `view-${view.name}-${size.width}x${size.height}.png`),
      });
      expect(await seriousIssues(page)).toEqual([]);
    });
  });

  describe('keyboard alone', () => {
    beforeEach(async () => {
      problems.length = 0;
      page = await run.browser.newPage({ viewport: { width: 1024, height: 700 } });
      page.on('pageerror', (e) => problems.push(e.message));
    });
    afterEach(async () => {
      await page.close();
      expect(problems, 'errors in the page').toEqual([]);
    });

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${el.textContent?.trim() ?? ''}`
          : '';
      });

    it('keeps the what-if legend to a fifth of the graph at 1024 px (it was half), and folds it from the keyboard', async () => {
      await page.goto(`${run.app.url}/what-if?e=lapse:contract:kpsn-unisys`);
      await drawnNodes(page);
      const legend = page.getByRole('complementary', { name: 'Legend' });
      const area = async (box: { width: number; height: number } | null) =>
        box ? box.width * box.height : 0;
      const canvas = await area(await page.getByTestId('graph-canvas').boundingBox());
      await page.screenshot({ path: path.join(ARTIFACTS, 'what-if-legend-1024x700.png') });
      // Open, with every state and kind and their counts: it covered half the graph before.
      expect(await legend.getByText('Down').isVisible()).toBe(true);
      expect((await area(await legend.boundingBox())) / canvas).toBeLessThan(1 / 5);
      // Folded from its summary with the keyboard, to one line; and back.
      await legend.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => legend.getByText('Down').isVisible()).toBe(false);
      expect((await legend.boundingBox())?.height).toBeLessThan(40);
      await page.keyboard.press('Enter');
      await expect.poll(() => legend.getByText('Down').isVisible()).toBe(true);
      // At 1440 px the graph's pane is still narrow beside two side panels: the same strip.
      await page.setViewportSize({ width: 1440, height: 900 });
      const wide = await area(await page.getByTestId('graph-canvas').boundingBox());
      await expect.poll(async () => (await area(await legend.boundingBox())) / wide).toBeLessThan(1 / 5);
    });

    it('the skip link is first and takes focus past the header to the view', async () => {
      await page.goto(`${run.app.url}/explore`);
      await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await focused()).toContain('Skip to the view');
      await page.keyboard.press('Enter');
      expect(await focused()).toMatch(/^main#main/);
    });

    it('walks the graph with the arrow keys and expands a node with Enter', async () => {
      await page.goto(`${run.app.url}/explore?node=system:kpsn`);
      const before = await drawnNodes(page);
      await page.getByTestId('graph-canvas').focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.waitForURL(/sel=/);
      const chosen = new URL(page.url()).searchParams.get('sel')!;
      expect(chosen).not.toBe('system:kpsn');
      await expect.poll(() => page.getByTestId('graph-announce').textContent()).toMatch(/, 2 of \d+$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`expand=${chosen}`));
      await expect.poll(async () => (await drawnNodes(page)).length).toBeGreaterThan(before.length);
      expect(await focused()).toMatch(/^div/); // still on the graph
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.search.includes('sel='));
    });

    it('keeps focus in the side panel when a link there opens another node', async () => {
      await page.goto(`${run.app.url}/explore?node=system:kpsn`);
      const panel = page.getByTestId('detail-panel');
      await expect.poll(() => panel.locator('h2').textContent()).toBe('Kent Public Services Network (KPSN)');
      const link = panel.locator('.rel-group a').first();
      const target = (await link.textContent())!.trim();
      await link.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.locator('h2').textContent()).toBe(target);
      await expect.poll(focused).toBe(`h2#detail-title:${target}`);
    });

    it('reaches each Unlink button after the link it removes', async () => {
      await page.goto(`${run.app.url}/explore?node=system:kpsn`);
      const item = page.getByTestId('detail-panel').locator('.rel-group li').first();
      await item.locator('a').focus();
      await page.keyboard.press('Tab');
      expect(await focused()).toMatch(/^button:Unlink/);
    });
  });
});
