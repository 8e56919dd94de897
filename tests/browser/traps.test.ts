// The traps new users fell into, played as they played them (keys one at a time, the wrong
// order, the empty value, the keyboard alone), at a desktop and a small laptop size: dates typed
// into Contracts, hours typed after the node in What-if, results left scrolled, Clear leaving
// the last run, pages that do not exist, a view that fails to draw, and search by words.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { drawnNodes } from './canvas.js';
import { skipWithoutChromium } from './chromium.js';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1024, height: 700 },
] as const;

describe.skipIf(skipWithoutChromium())('traps in Chromium', () => {
  // The suite shares two cores with every other test file: a second to settle is too short.
  const run = useBrowserApp({ pollTimeoutMs: 10_000 });

  describe.each(SIZES)('at $width×$height', (size) => {
    let page: Page;
    const problems: string[] = [];
    beforeEach(async () => {
      problems.length = 0;
      page = await run.browser.newPage({ viewport: { width: size.width, height: size.height } });
      collectProblems(page, problems);
    });
    afterEach(async (context) => {
      const name = context.task.name.split(':')[0]!.replace(/\W+/g, '-');
      await page.screenshot({ path: path.join(ARTIFACTS, `trap-${name}-${size.width}.png`) });
      await page.close();
    });
    const noErrors = (allowed: RegExp[] = []) =>
      expect(
        problems.filter((p) => !allowed.some((a) => a.test(p))),
        'errors in the page',
      ).toEqual([]);

    it('contracts: a date typed one key at a time, in the wrong order, or emptied, never blanks the view', async () => {
      await page.goto(`${run.app.url}/contracts?from=2014-04-01&to=2015-04-01`);
      await expect.poll(() => page.getByTestId('timeline').count()).toBe(1);
      const from = page.getByTestId('window-from');
      const to = page.getByTestId('window-to');

      // From after To: the year passes through 0002, 0020, 0201 and lands on 2016.
      await from.focus();
      await page.keyboard.type('06012016', { delay: 30 });
      await expect.poll(() => from.inputValue()).toBe('2016-06-01');
      await expect.poll(() => page.getByText('From: must be before To').count()).toBe(1);
      expect(await page.getByTestId('view-error').count()).toBe(0);
      expect(await page.getByTestId('timeline').count()).toBe(1);
      // Each whole, sensible date went through as typed (June); none of the half-typed years did.
      expect(new URL(page.url()).searchParams.get('from')).toBe('2014-06-01');

      // Then To, later still: From's date is taken too, and the window is both.
      await to.focus();
      await page.keyboard.type('12312017', { delay: 30 });
      await page.waitForURL(/from=2016-06-01&to=2017-12-31/);
      await expect.poll(() => page.getByText('must be before To').count()).toBe(0);

      // Emptied: the field says so and the window stays as it was.
      await to.focus();
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Shift+Tab');
      }
      await expect.poll(() => page.getByText(/To: enter a/).count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('to')).toBe('2017-12-31');
      expect(await page.getByTestId('view-error').count()).toBe(0);
      noErrors();
    });

    it('what-if: hours typed after the node apply to it; the results start at the top; Clear clears the run', async () => {
      await page.goto(`${run.app.url}/what-if`);
      const search = page.getByTestId('event-node-search').getByRole('combobox');
      await search.click();
      await search.pressSequentially('Kent Public Services Network', { delay: 20 });
      const firstOption = page.getByTestId('event-node-search').getByRole('option').first();
      await expect.poll(() => firstOption.textContent()).toContain('system:kpsn');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('event-node-search-picked').textContent())
        .toContain('system:');
      // Chosen but not added: Run would leave it out, so it waits.
      expect(await page.getByTestId('run').isDisabled()).toBe(true);

      const hours = page.getByTestId('event-hours');
      await hours.pressSequentially('0', { delay: 20 });
      await expect.poll(() => page.getByText('Hours: a number of hours above 0').count()).toBe(1);
      expect(await page.getByTestId('add-failure').isDisabled()).toBe(true);
      await hours.press('Backspace');
      await hours.pressSequentially('10', { delay: 20 });
      await hours.press('Enter');
      await expect.poll(() => page.getByTestId('event-list').textContent()).toContain('fails for 10 hours');
      await page.getByTestId('run').click();
      await page.waitForURL(/e=fail:system:kpsn:10h/);
      await expect.poll(() => page.getByTestId('impact-results').textContent()).toContain('affected');

      // Scrolled down to the bottom of one run's results, the next run shows its top.
      const results = page.getByTestId('results');
      await results.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect.poll(() => results.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await page.getByRole('button', { name: /^Remove:/ }).click();
      await page.getByRole('radio', { name: 'Contract lapses' }).click();
      await page
        .getByTestId('event-contract-search')
        .getByRole('combobox')
        .pressSequentially('Unisys contract');
      await page.getByRole('option', { name: /KPSN management and supply contract \(Unisys\)/ }).click();
      await page.getByTestId('run').click();
      await page.waitForURL(/e=lapse:contract:kpsn-unisys/);
      await expect.poll(() => page.getByTestId('breaches').count()).toBe(1);
      await expect.poll(() => results.evaluate((el) => el.scrollTop)).toBe(0);

      // Clear: no events, no graph, no title of the last run, nothing in the URL.
      await page.getByTestId('clear').click();
      await page.waitForURL((url) => !url.search.includes('e='));
      await expect.poll(() => page.getByText('Nothing has failed yet').count()).toBe(1);
      expect(await page.getByTestId('impact-results').count()).toBe(0);
      expect(await page.locator('.toolbar-title').textContent()).toBe('What if…');
      expect((await drawnNodesOrNone(page)).length).toBe(0);
      noErrors();
    });

    it('not found: a path that is no page answers 404 with a way in; an unknown node reads as a message', async () => {
      const response = await page.goto(`${run.app.url}/no/such/page`);
      expect(response?.status()).toBe(404);
      await expect.poll(() => page.getByTestId('not-found').textContent()).toContain('/no/such/page');
      await page.getByRole('link', { name: 'Go to the explorer' }).click();
      await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
      expect((await page.goto(`${run.app.url}/contracts`))?.status()).toBe(200);

      await page.goto(`${run.app.url}/explore?node=system:no-such-thing`);
      const notice = page.getByRole('alert').first();
      await expect.poll(() => notice.textContent()).toContain('No node with id "system:no-such-thing"');
      expect(await page.locator('body').textContent()).not.toContain('[store/');
      // The browser logs the page's 404 and the API's NOT_FOUND answers; nothing else.
      noErrors([/404/, /NOT_FOUND|no node with id/i]);
    });

    it('a view that cannot draw what it got shows a message and a way back, not a blank page', async () => {
      await page.goto(`${run.app.url}/explore`);
      await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
      // An answer the contracts view cannot draw (entries without their contract).
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { query?: string } | null;
        if (!body?.query?.includes('contractHorizon')) return route.continue();
        await route.fulfill({
          json: { data: { contractHorizon: [{ __typename: 'HorizonEntry' }], asAt: null } },
        });
      });
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Contracts' }).click();
      await expect
        .poll(() => page.getByTestId('view-error').textContent())
        .toContain('The Contracts view stopped');
      await page.getByRole('button', { name: 'Go back' }).click();
      await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
      expect(await page.getByTestId('view-error').count()).toBe(0);
      noErrors([/./]); // React reports the caught error on the console; the page stays up
    });

    it('graph: the same view draws the same way on every load; an expand moves nothing already drawn', async () => {
      const view = `${run.app.url}/explore?node=system:kpsn`;
      await page.goto(view);
      const first = await positions(page);
      await page.reload();
      expect(await positions(page)).toEqual(first);

      await page.getByTestId('graph-canvas').focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.waitForURL(/expand=/);
      await expect
        .poll(async () => Object.keys(await positions(page)).length)
        .toBeGreaterThan(Object.keys(first).length);
      const after = await positions(page);
      for (const [id, at] of Object.entries(first)) expect(after[id], id).toEqual(at);
      const added = (await drawnNodes(page)).filter((n) => !(n.id in first));
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((n) => n.classes.includes('new'))).toBe(true);
      noErrors();
    });

    it('search: words in any order, in descriptions, with a typo', async () => {
      // Search offers what is live on the as-at date: the SAN replacement is 2020-23 work, the
      // Unisys contract ended in 2015.
      const search = page.getByTestId('global-search').getByRole('combobox');
      const first = () => page.getByTestId('global-search').getByRole('option').first().textContent();
      for (const [asAt, typed, expected] of [
        ['2021-06-01', 'SAN replacement', 'Replace the SAN at Sessions House Data Centre'],
        ['2014-04-01', 'Unisys contract', 'KPSN management and supply contract (Unisys)'],
        ['2014-04-01', 'contract unisis', 'KPSN management and supply contract (Unisys)'],
        ['2014-04-01', 'telephone', 'Channel shift'],
      ] as const) {
        if (!page.url().includes(`asAt=${asAt}`)) await page.goto(`${run.app.url}/explore?asAt=${asAt}`);
        await search.fill('');
        await search.pressSequentially(typed, { delay: 15 });
        await expect.poll(first).toContain(expected);
      }
      await search.fill('');
      await search.pressSequentially('telephone', { delay: 15 });
      await expect
        .poll(() => page.getByTestId('global-search').getByRole('listbox').textContent())
        .toContain('telephony');
      noErrors();
    });
  });
});

/** Model positions (not screen ones: a fit may zoom), rounded, once the layout is done. */
async function positions(page: Page): Promise<Record<string, [number, number]>> {
  await drawnNodes(page);
  await page.waitForSelector('[data-testid="graph-canvas"][data-layout="done"]');
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]') as Element & {
      _cyreg: { cy: import('cytoscape').Core };
    };
    return Object.fromEntries(
      el._cyreg.cy.nodes().map((n) => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]]),
    );
  });
}

async function drawnNodesOrNone(page: Page) {
  const canvas = await page.getByTestId('graph-canvas').count();
  if (canvas === 0) return [];
  const count = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]') as
      (Element & { _cyreg?: { cy?: import('cytoscape').Core } }) | null;
    return el?._cyreg?.cy?.nodes().length ?? 0;
  });
  return count === 0 ? [] : drawnNodes(page);
}
