// The header's as-at control in Chromium on the Kent dataset: typed a key at a time and stepped a
// year at a time, held in the URL, and obeyed by the what-if (a KPSN failure puts the 2013-14
// business plan at risk as at mid-2013 and the 2020-2023 strategy as at mid-2022) and by the
// explorer (the Unisys contract is drawn beside KPSN only while it is live). The what-if's
// explanation is one sentence a step, each hop badged cited or inferred, with the source's title,
// section and quote on keyboard focus.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { drawnNodes } from './canvas.js';
import { skipWithoutChromium } from './chromium.js';

describe.skipIf(skipWithoutChromium())('the as-at control in Chromium', () => {
  const run = useBrowserApp();
  let page: Page;
  const problems: string[] = [];

  beforeEach(async () => {
    problems.length = 0;
    page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    collectProblems(page, problems);
  });
  afterEach(async () => {
    await page.close();
    expect(problems, 'errors in the page').toEqual([]);
  });

  const plansAtRisk = () => page.getByTestId('plans-at-risk').textContent();
  const headline = () => page.getByTestId('headline').textContent();

  it('what-if: a KPSN failure as at June 2013, typed key by key, then stepped to June 2022', async () => {
    await page.goto(`${run.app.url}/what-if?e=fail:system:kpsn`);
    const asAt = page.getByTestId('as-at');
    // No date in the URL: today, and the run is as at today.
    const today = new Date().toISOString().slice(0, 10);
    await expect.poll(() => asAt.inputValue()).toBe(today);
    await expect.poll(() => page.getByTestId('impact-results').count()).toBe(1);

    // Typed one key at a time (month, day, year in Chromium's field): the years pass through
    // 0002, 0020 and 0201, none of which may reach the URL or blank the view.
    await asAt.focus();
    await page.keyboard.type('06012013', { delay: 30 });
    await page.waitForURL(/asAt=2013-06-01/);
    expect(await page.getByTestId('view-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('run-as-at').textContent()).toContain('1 June 2013');
    await expect.poll(plansAtRisk).toContain('KCC ICT Divisional Business Plan 2013-14');
    expect(await plansAtRisk()).not.toContain('KCC Technology Strategy 2020-2023');
    const in2013 = await headline();
    expect(in2013).toMatch(/[1-9]\d* services down/);
    expect(in2013).toMatch(/[1-9]\d* plans at risk/);

    // Nine years on, a year at a time: the 2013-14 plan has ended and the 2020-2023 strategy is live.
    for (let i = 0; i < 9; i++) await page.getByTestId('as-at-forward').click();
    await page.waitForURL(/asAt=2022-06-01/);
    await expect.poll(() => asAt.inputValue()).toBe('2022-06-01');
    await expect.poll(() => page.getByTestId('run-as-at').textContent()).toContain('1 June 2022');
    await expect.poll(plansAtRisk).toContain('KCC Technology Strategy 2020-2023');
    // The same failure nine years on is another answer, counts and all.
    expect(await headline()).not.toBe(in2013);
    expect(await plansAtRisk()).not.toContain('KCC ICT Divisional Business Plan 2013-14');
    // The states' meanings are in the legend.
    expect(await page.getByRole('complementary', { name: 'Legend' }).textContent()).toContain(
      'serving fully but one more failure away',
    );

    await page.screenshot({ path: path.join(ARTIFACTS, 'what-if-as-at-legend.png') });

    // Why the strategy is at risk: each hop badged, the quote on keyboard focus.
    await page.getByTestId('affected-strategy:kcc-technology-strategy-2020-2023').click();
    await page.waitForURL(/sel=strategy:kcc-technology-strategy-2020-2023/);
    const badges = page.getByTestId('explanation').getByTestId('hop-badge');
    await expect.poll(() => badges.count()).toBeGreaterThan(1);
    const labels = await badges.allTextContents();
    expect(new Set(labels)).toEqual(new Set(['cited', 'inferred']));
    const inferred = badges.filter({ hasText: 'inferred' }).first();
    await inferred.focus();
    const quoteId = await inferred.getAttribute('aria-describedby');
    const quote = page.locator(`[id="${quoteId}"]`);
    expect(await quote.isVisible()).toBe(true);
    // The source by its title, section and quote, never by its hashed file name.
    const source = await quote.textContent();
    expect(source).toContain('KCC decision 21/00097: The Kent County Council Technology Strategy 2020-2023');
    expect(source).toContain('§ 2.7');
    expect(source).toContain('“Deployment of video conferencing in office buildings across Kent.”');
    expect(source).not.toMatch(/\.txt/);
    // Each step is one sentence in names: the relationship it came along said once, with the
    // state it passed on; no ids, and no second wording of the same hop.
    const steps = await page.getByTestId('explanation').locator('.chain-hop').allTextContents();
    expect(steps[0]).toMatch(/^Kent Public Services Network \(KPSN\) fails/);
    expect(
      steps.some((s) =>
        /^Video conferencing in office buildings across Kent, which is at risk, delivers /.test(s),
      ),
    ).toBe(true);
    for (const step of steps) {
      expect(step).not.toMatch(/\b(system|project|theme|strategy|site|contract|partner):[a-z0-9-]/);
      expect(
        step.match(/ is part of | delivers | depends on | changes | is hosted at /g)?.length ?? 0,
        step,
      ).toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'what-if-as-at.png') });

    // A year back goes back in the URL too; Today clears it.
    await page.getByTestId('as-at-back').click();
    await page.waitForURL(/asAt=2021-06-01/);
    await page.getByTestId('as-at-today').click();
    await page.waitForURL((url) => !url.search.includes('asAt='));
    await expect.poll(() => asAt.inputValue()).toBe(today);
  });

  it('explorer: the Unisys contract is beside KPSN while it is live and gone a year on', async () => {
    await page.goto(`${run.app.url}/explore?node=system:kpsn&asAt=2014-04-01`);
    const ids = async () => (await drawnNodes(page)).map((n) => n.id);
    await expect.poll(ids).toContain('contract:kpsn-unisys');
    await page.getByTestId('as-at-forward').click();
    await page.waitForURL(/asAt=2015-04-01/);
    await expect.poll(ids).not.toContain('contract:kpsn-unisys');
    expect(await ids()).toContain('system:sharepoint');
  });

  it('explorer: a link to the Unisys contract after it ended still opens it, and says it is not live', async () => {
    await page.goto(
      `${run.app.url}/explore?node=contract:kpsn-unisys&sel=contract:kpsn-unisys&asAt=2016-01-01`,
    );
    const panel = page.getByTestId('detail-panel');
    await expect
      .poll(() => panel.locator('h2').textContent())
      .toContain('KPSN management and supply contract');
    await expect
      .poll(() => panel.getByRole('note').first().textContent())
      .toContain('Not live on 1 January 2016');
    expect(await panel.getByRole('note').first().textContent()).toContain('It ended February 2015.');
    // Its sources by title, not by file name.
    const sources = await panel.locator('.provenance').textContent();
    expect(sources).toContain(
      'KCC ICT Divisional Business Plan 2013-14 · Section C, Priority 4, action 13.1',
    );
    expect(sources).not.toMatch(/\.txt/);
    // Nothing is connected to it that day; a year it was in force shows what it supplied.
    expect(await panel.textContent()).toContain('No relationships recorded.');
    await page.goto(
      `${run.app.url}/explore?node=contract:kpsn-unisys&sel=contract:kpsn-unisys&asAt=2014-04-01`,
    );
    await expect.poll(() => panel.getByTestId(/^rel-/).count()).toBeGreaterThan(0);
    expect(await panel.textContent()).not.toContain('Not live on');
  });
});
