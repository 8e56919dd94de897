// Reading the Cytoscape canvas from a test. Cytoscape keeps its instance on its container as
// `_cyreg.cy`; the page exposes nothing for tests.
import type { Page } from 'playwright-core';

const CANVAS = '[data-testid="graph-canvas"]';

interface CyNode {
  id: string;
  state: string | null;
  classes: string[];
}

/** The nodes drawn, once the layout has settled (positions stop moving). */
export async function drawnNodes(page: Page): Promise<CyNode[]> {
  await page.waitForFunction((selector) => {
    const el = document.querySelector(selector) as (Element & { _cyreg?: { cy?: unknown } }) | null;
    const cy = el?._cyreg?.cy as { nodes(): { length: number; positions?: unknown } } | undefined;
    return !!cy && cy.nodes().length > 0;
  }, CANVAS);
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate((selector) => {
      const el = document.querySelector(selector) as Element & { _cyreg: { cy: import('cytoscape').Core } };
      return JSON.stringify(
        el._cyreg.cy.nodes().map((n) => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]),
      );
    }, CANVAS);
    if (now === last) break;
    last = now;
    await page.waitForTimeout(150);
  }
  return page.evaluate((selector) => {
    const el = document.querySelector(selector) as Element & { _cyreg: { cy: import('cytoscape').Core } };
    return el._cyreg.cy.nodes().map((n) => ({
      id: n.id(),
      state: (n.data('state') as string | undefined) ?? null,
      classes: n.classes(),
    }));
  }, CANVAS);
}

/** Where a node is on the page, once centred, for a real mouse double-click. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(CANVAS).boundingBox())!;
  const at = await page.evaluate(
    ([selector, nodeId]) => {
      const el = document.querySelector(selector!) as Element & { _cyreg: { cy: import('cytoscape').Core } };
      const node = el._cyreg.cy.getElementById(nodeId!);
      el._cyreg.cy.center(node); // away from the legend and the edges of the pane
      return node.renderedPosition();
    },
    [CANVAS, id] as const,
  );
  return { x: box.x + at.x, y: box.y + at.y };
}

/** The edges drawn: their ids (relationship ids) and ends. */
export function drawnEdges(page: Page): Promise<{ id: string; source: string; target: string }[]> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector) as Element & { _cyreg: { cy: import('cytoscape').Core } };
    return el._cyreg.cy
      .edges()
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  }, CANVAS);
}
