// Fan-outs drawn as one group node, in Chromium on the Kent dataset: Maidstone Borough Council
// uses sixteen systems that hang on it alone, drawn as "16 systems" until opened. Opened by mouse,
// by the keyboard alone (Enter and Space on the canvas) and from the table; the members appear
// beside the group and nothing drawn before moves; closed again. In the what-if the Unisys lapse's
// six sites and five partners (no Kent what-if has more than six leaves of one kind, so the
// threshold is lowered to four through the URL) show their worst state and counts per state.
// axe-core checks each picture; screenshots go to the artefact folder.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { drawnNodes } from './canvas.js';
import { skipWithoutChromium } from './chromium.js';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

const MAIDSTONE = 'partner:maidstone-borough-council';
const SYSTEMS = `group:${MAIDSTONE}|out|USES|System`;
const CANVAS = '[data-testid="graph-canvas"]';

/** Every drawn node's model position, once the layout has settled. */
async function positions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  await page.waitForSelector(`${CANVAS}[data-layout="done"]`, { timeout: 60_000 });
  await drawnNodes(page);
  const list = await page.evaluate((selector) => {
    const el = document.querySelector(selector) as Element & { _cyreg: { cy: import('cytoscape').Core } };
    return el._cyreg.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const);
  }, CANVAS);
  return new Map(list);
}

function nodeData(
  page: Page,
  id: string,
): Promise<{ label: string; state: string | null; classes: string[] }> {
  return page.evaluate(
    ([selector, nodeId]) => {
      const el = document.querySelector(selector!) as Element & { _cyreg: { cy: import('cytoscape').Core } };
      const n = el._cyreg.cy.getElementById(nodeId!);
      return {
        label: n.data('label') as string,
        state: (n.data('state') as string | undefined) ?? null,
        classes: n.classes(),
      };
    },
    [CANVAS, id] as const,
  );
}

/** Waits for `count` nodes, then checks that every node of `before` is still exactly where it was. */
async function expectKept(page: Page, before: Map<string, { x: number; y: number }>, count: number) {
  await expect.poll(async () => (await drawnNodes(page)).length).toBe(count);
  const after = await positions(page);
  for (const [id, at] of before) {
    if (!after.has(id)) continue;
    expect(after.get(id)!.x, id).toBeCloseTo(at.x, 0);
    expect(after.get(id)!.y, id).toBeCloseTo(at.y, 0);
  }
  return after;
}

/** Clicks a node with the mouse, once brought to the upper middle of the pane (the legend and the
 *  explanation card sit at its foot). */
async function clickNode(page: Page, id: string): Promise<void> {
  const box = (await page.locator(CANVAS).boundingBox())!;
  const at = await page.evaluate(
    ([selector, nodeId]) => {
      const el = document.querySelector(selector!) as Element & { _cyreg: { cy: import('cytoscape').Core } };
      const cy = el._cyreg.cy;
      const node = cy.getElementById(nodeId!);
      const now = node.renderedPosition();
      cy.panBy({ x: cy.width() / 2 - now.x, y: cy.height() / 5 + 20 - now.y });
      return node.renderedPosition();
    },
    [CANVAS, id] as const,
  );
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

async function seriousIssues(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string | null; help: string }[] }> };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}`);
}

describe.skipIf(skipWithoutChromium())('fan-outs drawn as a group node in Chromium', () => {
  const run = useBrowserApp({ pollTimeoutMs: 20_000 });
  let page: Page;
  const problems: string[] = [];

  describe.each(SIZES)('at $width×$height', (size) => {
    const shot = (name: string) =>
      page.screenshot({ path: path.join(ARTIFACTS, `fan-out-${name}-${size.width}x${size.height}.png`) });

    beforeEach(async () => {
      problems.length = 0;
      // axe is injected as a script, which the server's Content-Security-Policy would refuse.
      page = await run.browser.newPage({ viewport: size, bypassCSP: true });
      collectProblems(page, problems);
    });
    afterEach(async () => {
      await page.close();
      expect(problems, 'errors in the page').toEqual([]);
    });

    it('the explorer draws sixteen systems as one node that a click opens beside it and closes', async () => {
      await page.goto(`${run.app.url}/explore?node=${MAIDSTONE}`);
      const before = await positions(page);
      expect([...before.keys()].sort()).toEqual([SYSTEMS, MAIDSTONE].sort());
      const group = await nodeData(page, SYSTEMS);
      expect(group.label).toBe('16 systems');
      expect(group.classes).toContain('group');
      await shot('explore-grouped');
      expect(await seriousIssues(page)).toEqual([]);

      await clickNode(page, SYSTEMS);
      const opened = await expectKept(page, before, 18);
      expect((await nodeData(page, SYSTEMS)).classes).toContain('group-open');
      // Beside the group: every member on the group's side of the council the systems hang on.
      const g = opened.get(SYSTEMS)!;
      const m = opened.get(MAIDSTONE)!;
      const members = [...opened].filter(([id]) => id.startsWith('system:'));
      expect(members).toHaveLength(16);
      const groupSide = members.filter(([, p]) => (p.x - m.x) * (g.x - m.x) + (p.y - m.y) * (g.y - m.y) > 0);
      expect(groupSide.map(([id]) => id)).toEqual(members.map(([id]) => id));
      // Nothing was selected: the detail panel still shows the council.
      expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
      await shot('explore-opened');
      expect(await seriousIssues(page)).toEqual([]);

      await clickNode(page, SYSTEMS);
      await expectKept(page, opened, 2);
    });

    it('opens and closes the group with the keyboard alone', async () => {
      await page.goto(`${run.app.url}/explore?node=${MAIDSTONE}`);
      const before = await positions(page);
      const announce = page.getByTestId('graph-announce');
      // Tab from the top of the page to the canvas, as a keyboard user reaches it.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const on = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
        if (on === 'graph-canvas') break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'graph-canvas',
      );
      await page.keyboard.press('Home');
      await expect
        .poll(() => announce.textContent())
        .toBe('Group of 16 systems, that Maidstone Borough Council uses, grouped: Enter shows them, 1 of 2');
      await page.keyboard.press('Enter');
      const opened = await expectKept(page, before, 18);
      await expect
        .poll(() => announce.textContent())
        .toMatch(/^Group of 16 systems, .*shown: Enter groups them again, 1 of 18$/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'graph-canvas',
      );
      // Arrow keys reach the members now drawn; Space on the group closes it again.
      await page.keyboard.press('ArrowDown');
      await page.waitForURL(/sel=system/);
      // The chosen system stays drawn: the group is now the other fifteen.
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => announce.textContent()).toMatch(/^Group of 15 systems, .*shown/);
      await page.keyboard.press(' ');
      await expectKept(page, opened, 3);
      await expect.poll(() => announce.textContent()).toMatch(/grouped: Enter shows them, 1 of 3$/);
    });

    it('opens and closes the group from the table view', async () => {
      await page.goto(`${run.app.url}/explore?node=${MAIDSTONE}&table=1`);
      const table = page.getByTestId('node-table');
      await table.waitFor();
      const toggle = page.getByTestId('group-toggle');
      await expect.poll(() => toggle.textContent()).toBe('Show 16 systems');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await table.locator('tbody tr').count()).toBe(2);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(18);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await toggle.textContent()).toBe('Group again: 16 systems');
      await shot('table-opened');
      expect(await seriousIssues(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    });

    it('the what-if group shows its worst state and the count in each state, and opens in place', async () => {
      await page.goto(`${run.app.url}/what-if?e=lapse:contract:kpsn-unisys&fanOut=4`);
      await page
        .getByTestId('results')
        .getByText(/affected/i)
        .first()
        .waitFor();
      const before = await positions(page);
      const groups = [...before.keys()].filter((id) => id.startsWith('group:'));
      expect(groups.sort()).toEqual([
        'group:system:kpsn|in|CONNECTED_VIA|Site',
        'group:system:kpsn|in|USES|Partner',
      ]);
      const sitesId = groups.find((id) => id.includes('Site'))!;
      const sites = await nodeData(page, sitesId);
      expect(sites.label).toMatch(/^6 sites · \d+ (down|degraded|exposed|at risk)/);
      expect(sites.state).not.toBe('UNAFFECTED');
      await shot('what-if-grouped');
      expect(await seriousIssues(page)).toEqual([]);

      await clickNode(page, sitesId);
      const opened = await expectKept(page, before, before.size + 6);
      const members = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph-canvas"]') as Element & {
          _cyreg: { cy: import('cytoscape').Core };
        };
        return el._cyreg.cy
          .nodes('[kind = "Site"]:not(.group)')
          .map((n) => ({ id: n.id(), state: n.data('state') as string }));
      });
      const added = members.filter((m) => !before.has(m.id)).map((m) => m.state);
      expect(members.filter((m) => !before.has(m.id))).toHaveLength(6);
      // The group's label counts exactly the states its members are drawn in; its colour is the worst.
      const words: Record<string, string> = {
        DOWN: 'down',
        DEGRADED: 'degraded',
        EXPOSED: 'exposed',
        AT_RISK: 'at risk',
      };
      const counted = ['DOWN', 'DEGRADED', 'EXPOSED', 'AT_RISK']
        .map((s) => [s, added.filter((m) => m === s).length] as const)
        .filter(([, n]) => n > 0);
      expect(sites.label).toBe(`6 sites · ${counted.map(([s, n]) => `${n} ${words[s]}`).join(', ')}`);
      expect(sites.state).toBe(counted[0]![0]);
      await shot('what-if-opened');
      await clickNode(page, sitesId);
      await expectKept(page, opened, before.size);
    });
  });
});
