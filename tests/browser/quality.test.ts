// The data-quality view in Chromium on the Kent dataset: every gap listed with its count, each
// entry a link to the form that fixes it; a system's recovery objective filled in through that
// form leaves the list one shorter.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { skipWithoutChromium } from './chromium.js';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

describe.skipIf(skipWithoutChromium())('the data-quality view in Chromium', () => {
  const run = useBrowserApp({ pollTimeoutMs: 10_000 });
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

    const count = async (gap: string) =>
      Number(await page.getByTestId(`gap-${gap}`).locator('h2 .count').textContent());

    it('lists each gap, and a fix through the linked form shortens its list', async () => {
      await page.goto(`${run.app.url}/quality`);
      await page.getByRole('heading', { name: 'Data quality' }).waitFor();
      for (const gap of [
        'contractsWithoutEnd',
        'contractsWithoutNotice',
        'systemsWithoutRecoveryObjective',
        'criticalSystemsWithoutHost',
        'nodesWithoutSource',
        'inferredLinks',
      ]) {
        await page.getByTestId(`gap-${gap}`).waitFor();
      }
      // The Kent sources give few recovery objectives and notice periods.
      const before = await count('systemsWithoutRecoveryObjective');
      expect(before).toBeGreaterThan(0);
      expect(await count('contractsWithoutNotice')).toBeGreaterThan(0);
      const items = page.getByTestId('gap-systemsWithoutRecoveryObjective').locator('li a');
      expect(await items.count()).toBe(Math.min(before, 100));
      await page.screenshot({ path: path.join(ARTIFACTS, `view-quality-${size.width}x${size.height}.png`) });

      // The first one opens in the explorer with its edit form.
      const name = (await items.first().textContent())!.trim();
      await items.first().click();
      await page.waitForURL(/\/explore\?node=system:[^&]+&sel=system:[^&]+&edit=system:/);
      const form = page.getByTestId('node-form');
      await expect.poll(() => form.getByLabel('Name').inputValue()).toBe(name);
      await form.getByLabel('Recovery time objective').fill('24');
      await page.getByTestId('save-node').click();
      await page.waitForURL((url) => !url.search.includes('edit='));

      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link', { name: 'Data quality' })
        .click();
      await page.waitForURL(/\/quality/);
      await expect.poll(() => count('systemsWithoutRecoveryObjective')).toBe(before - 1);
      expect(await page.getByTestId('gap-systemsWithoutRecoveryObjective').textContent()).not.toContain(name);
    });
  });
});
