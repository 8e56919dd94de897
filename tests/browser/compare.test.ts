// Scenarios side by side in Chromium on the Kent dataset: two saved scenarios opened in the order
// the user chose, drawn on one layout in two panes, the differences ringed on both graphs and
// listed (added, spared, state changed, breaches); swapping the order swaps panes and lists.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { skipWithoutChromium } from './chromium.js';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

interface PaneNode {
  id: string;
  x: number;
  y: number;
  state: string | null;
  classes: string[];
}

/** The nodes of one pane's canvas, once its layout is done. */
async function paneNodes(page: Page, pane: 'first' | 'second'): Promise<PaneNode[]> {
  const canvas = `[data-testid="pane-${pane}"] [data-testid="graph-canvas"]`;
  await page.waitForSelector(`${canvas}[data-layout="done"]`);
  // The first pane animates small layouts: wait for the positions to settle.
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate((selector) => {
      const el = document.querySelector(selector) as Element & { _cyreg: { cy: import('cytoscape').Core } };
      return JSON.stringify(
        el._cyreg.cy.nodes().map((n) => ({
          id: n.id(),
          x: Math.round(n.position().x),
          y: Math.round(n.position().y),
          state: (n.data('state') as string | undefined) ?? null,
          classes: n.classes(),
        })),
      );
    }, canvas);
    if (now === last) return JSON.parse(now) as PaneNode[];
    last = now;
    await page.waitForTimeout(200);
  }
  return JSON.parse(last) as PaneNode[];
}

describe.skipIf(skipWithoutChromium())('scenarios side by side in Chromium', () => {
  const run = useBrowserApp({ pollTimeoutMs: 10_000 });
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const save = async (id: string, name: string, events: object[]) => {
      const response = await fetch(`${run.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: ScenarioInput!) { saveScenario(input: $input) { id } }',
          variables: { input: { id, name, events } },
        }),
      });
      expect(await response.json()).toEqual({ data: { saveScenario: { id } } });
    };
    await save('sessions-house-fails', 'Sessions House fails', [
      { type: 'NODE_FAILS', id: 'site:sessions-house' },
    ]);
    await save('kpsn-fails', 'KPSN fails', [{ type: 'NODE_FAILS', id: 'system:kpsn' }]);
  });

  describe.each(SIZES)('at $width×$height', (size) => {
    beforeEach(async () => {
      problems.length = 0;
      page = await run.browser.newPage({ viewport: size });
      collectProblems(page, problems);
    });
    afterEach(async () => {
      await page.close();
      expect(problems, 'errors in the page').toEqual([]);
    });

    it('two runs on one layout, differences ringed and listed in the chosen order', async () => {
      await page.goto(`${run.app.url}/what-if`);
      await page.getByTestId('scenario-open').selectOption('sessions-house-fails');
      await page.waitForURL(/scenario=sessions-house-fails/);
      await page.getByTestId('scenario-compare').selectOption('kpsn-fails');
      await page.waitForURL(/compare=kpsn-fails/);

      await expect
        .poll(() => page.getByTestId('pane-first').locator('h2').textContent())
        .toContain('Sessions House fails');
      await expect
        .poll(() => page.getByTestId('pane-second').locator('h2').textContent())
        .toContain('KPSN fails');
      const first = await paneNodes(page, 'first');
      const second = await paneNodes(page, 'second');
      // One layout: the same nodes at the same places in both panes.
      expect(second.map((n) => [n.id, n.x, n.y])).toEqual(first.map((n) => [n.id, n.x, n.y]));
      // Each pane coloured by its own run.
      const at = (nodes: PaneNode[], id: string) => nodes.find((n) => n.id === id)!;
      expect(at(first, 'site:sessions-house').classes).toContain('event');
      expect(at(second, 'system:kpsn').classes).toContain('event');
      expect(at(second, 'system:kpsn').state).toBe('DOWN');

      // The list, from 1 to 2, and the same nodes ringed on both graphs.
      await expect
        .poll(() => page.getByTestId('compare').locator('h3').textContent())
        .toBe('From 1 “Sessions House fails” to 2 “KPSN fails”');
      const rows = async (key: string) =>
        page.getByTestId(`diff-${key}`).locator('li button').allTextContents();
      await expect.poll(async () => (await rows('added')).length).toBeGreaterThan(0);
      const added = await rows('added');
      expect(added).toContain('Kent Public Services Network (KPSN)');
      const names = new Map(
        await page.evaluate(() => {
          const el = document.querySelector(
            '[data-testid="pane-second"] [data-testid="graph-canvas"]',
          ) as Element & {
            _cyreg: { cy: import('cytoscape').Core };
          };
          return el._cyreg.cy.nodes().map((n) => [n.data('label') as string, n.id()] as [string, string]);
        }),
      );
      for (const name of added) {
        const id = names.get(name)!;
        expect(at(first, id).classes, name).toContain('diff-added');
        expect(at(second, id).classes, name).toContain('diff-added');
        expect(at(first, id).state, name).toBe('UNAFFECTED');
      }
      for (const name of await rows('spared')) {
        const id = names.get(name)!;
        expect(at(second, id).classes, name).toContain('diff-spared');
        expect(at(second, id).state, name).toBe('UNAFFECTED');
      }
      const breachText = await page.getByTestId('diff-new-breaches').textContent();
      expect(breachText).toMatch(/Recovery objectives breached in 2 only \d+/);
      await page.screenshot({ path: path.join(ARTIFACTS, `view-compare-${size.width}x${size.height}.png`) });

      // Swapped: the panes and the list read the other way round.
      await page.getByTestId('swap').click();
      await page.waitForURL(/scenario=kpsn-fails&compare=sessions-house-fails/);
      await expect
        .poll(() => page.getByTestId('compare').locator('h3').textContent())
        .toBe('From 1 “KPSN fails” to 2 “Sessions House fails”');
      await expect.poll(async () => rows('spared')).toEqual(added);
    });
  });
});
