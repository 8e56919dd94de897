// The page in a real browser against the real server on the Kent dataset: the explorer, a
// what-if, the contracts timeline and the strategy map, each leaving a screenshot in
// tests/browser/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { drawnNodes, nodeOnPage } from './canvas.js';
import { skipWithoutChromium } from './chromium.js';

describe.skipIf(skipWithoutChromium())('the page in Chromium', () => {
  const run = useBrowserApp();
  let page: Page;
  const problems: string[] = [];

  beforeEach(async () => {
    problems.length = 0;
    page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    collectProblems(page, problems);
  });
  afterEach(async (context) => {
    await page.screenshot({ path: path.join(ARTIFACTS, `${context.task.name.split(':')[0]}.png`) });
    await page.close();
    expect(problems, 'errors in the page').toEqual([]);
  });

  it('explorer: search "KPSN", open it, expand a neighbour by double-click', async () => {
    await page.goto(`${run.app.url}/explore`);
    await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('KPSN');
    const suggestion = page.getByRole('option', { name: /Kent Public Services Network \(KPSN\)/ });
    await expect.poll(() => suggestion.textContent()).toContain('System');
    await suggestion.click();
    await page.waitForURL(/node=system:kpsn/);
    await expect
      .poll(() => page.getByTestId('detail-panel').locator('h2').textContent())
      .toBe('Kent Public Services Network (KPSN)');
    const before = await drawnNodes(page);
    expect(before.find((n) => n.id === 'system:kpsn')?.classes).toContain('root');
    // A neighbour live today (on-premises SharePoint ended by 2021), with neighbours of its own.
    expect(before.map((n) => n.id)).toContain('system:klz');

    const at = await nodeOnPage(page, 'system:klz');
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForURL(/expand=system:klz/);
    await expect.poll(async () => (await drawnNodes(page)).length).toBeGreaterThan(before.length);
    const after = await drawnNodes(page);
    expect(after.find((n) => n.id === 'system:klz')?.classes).toContain('expanded');

    await page.getByTestId('collapse').click();
    await page.waitForURL((url) => !url.search.includes('expand='));
    await expect.poll(async () => (await drawnNodes(page)).length).toBe(before.length);
  });

  it('what-if: the Unisys contract lapses and Kent Police goes down', async () => {
    await page.goto(`${run.app.url}/what-if`);
    await page.getByRole('radio', { name: 'Contract lapses' }).click();
    await page.getByTestId('event-contract-search').getByRole('combobox').fill('Unisys');
    await page.getByRole('option', { name: /KPSN management and supply contract \(Unisys\)/ }).click();
    await expect.poll(() => page.getByTestId('event-list').textContent()).toContain('lapses at its end date');
    await page.getByTestId('run').click();
    await page.waitForURL(/e=lapse:contract:kpsn-unisys/);

    const police = page.getByTestId('affected-partner:kent-police');
    await police.click();
    await expect
      .poll(() => page.getByTestId('explanation').textContent())
      .toContain('Why Kent Police is down');
    const nodes = await drawnNodes(page);
    expect(nodes.find((n) => n.id === 'partner:kent-police')?.state).toBe('DOWN');
    expect(nodes.find((n) => n.id === 'contract:kpsn-unisys')?.classes).toContain('event');
    await expect
      .poll(() => page.getByTestId('breaches').textContent())
      .toContain('Kent Public Services Network');

    // Saved, it reopens as a scenario.
    await page.getByRole('textbox', { name: 'Scenario name' }).fill('KPSN contract lapses');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/scenario=kpsn-contract-lapses/);
    await expect
      .poll(() => page.locator('.toolbar-title').textContent())
      .toBe('Scenario “KPSN contract lapses”');
    await expect.poll(() => page.getByTestId('impact-results').textContent()).toContain('Kent Police');
  });

  it('contracts: the Unisys contract ends in February 2015 and opens its what-if', async () => {
    // The Kent contracts end 2013-2016: the as-at date goes back among them.
    await page.goto(`${run.app.url}/contracts?asAt=2014-04-01`);
    const row = page.getByTestId('timeline-contract:kpsn-unisys');
    await expect.poll(() => row.textContent()).toContain('ends February 2015');
    await expect.poll(() => page.getByTestId('horizon-table').textContent()).toContain('February 2015');
    await page.screenshot({ path: path.join(ARTIFACTS, 'contracts-timeline.png') });
    await row.click();
    await page.waitForURL(/\/what-if\?e=lapse:contract:kpsn-unisys/);
    await expect.poll(() => page.getByTestId('impact-results').textContent()).toContain('affected');
  });

  it('strategy: the map of KCC Technology Strategy 2020-2023', async () => {
    // As at 2022, when the strategy was live (the picker lists what is live on the as-at date).
    await page.goto(`${run.app.url}/strategy?asAt=2022-01-01`);
    await page.getByRole('button', { name: 'KCC Technology Strategy 2020-2023' }).click();
    await page.waitForURL(/node=strategy:kcc-technology-strategy-2020-2023/);
    await expect
      .poll(() => page.getByTestId('trace-summary').textContent())
      .toMatch(/1 strategy · \d+ themes/);
    const nodes = await drawnNodes(page);
    const kinds = new Set(nodes.map((n) => n.id.split(':')[0]));
    expect([...kinds].sort()).toEqual(['project', 'strategy', 'system', 'theme']);
  });
});
