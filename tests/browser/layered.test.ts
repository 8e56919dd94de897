// The layered layout (ELK, in a web worker) in Chromium on the Kent dataset: KPSN's depth-2
// neighbourhood drawn in layers, relationships running down from one layer to the next, at both
// sizes, with ELK's script loaded as a worker rather than on the page.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { skipWithoutChromium } from './chromium.js';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

describe.skipIf(skipWithoutChromium())('the layered layout in Chromium', () => {
  const run = useBrowserApp({ pollTimeoutMs: 20_000 });
  let page: Page;
  const problems: string[] = [];

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

    it('draws a depth-2 neighbourhood in layers, edges running down', async () => {
      await page.goto(`${run.app.url}/explore?node=system:kpsn&depth=2&layout=layered`);
      await page.waitForSelector('[data-testid="graph-canvas"][data-layout="done"]', { timeout: 60_000 });
      const drawn = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph-canvas"]') as Element & {
          _cyreg: { cy: import('cytoscape').Core };
        };
        const cy = el._cyreg.cy;
        return {
          nodes: cy.nodes().map((n) => Math.round(n.position().y)),
          edges: cy.edges().map((e) => [e.source().position().y, e.target().position().y] as const),
        };
      });
      expect(drawn.nodes.length).toBeGreaterThan(20);
      expect(new Set(drawn.nodes).size, 'layers').toBeGreaterThanOrEqual(3);
      // ELK breaks cycles by turning a few edges round; nearly every one runs downwards.
      const down = drawn.edges.filter(([from, to]) => from < to).length;
      expect(down / drawn.edges.length).toBeGreaterThan(0.9);
      const worker = await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /elk-worker/.test(e.name)),
      );
      expect(worker, 'ELK ran in its worker').toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, `view-layered-${size.width}x${size.height}.png`) });
    });
  });
});
