// The import page and the metamodel page in Chromium against the real server (Kent dataset, the
// council metamodel), at both window sizes: reached from the header with the keyboard; a real file
// picked through the file input (tests/fixtures/import), a dry run showing what would change per
// kind and relationship type, Apply offered only for the same file and options, the import
// applied and the new node found by the header's search; a bad CSV refused naming its lines and
// fields; a public ArchiMate model's dry run listing what the metamodel cannot take. axe-core
// checks each page; screenshots go to the artefact folder.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { skipWithoutChromium } from './chromium.js';
import { TOKEN_ENTRIES, TOKENS } from '../security/server-harness.js';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

async function seriousIssues(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const focusedTestId = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent,
  );

/** Presses Tab until the element with this test id (or this text) has focus; fails after 60. */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedTestId(page))?.trim() === target) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

describe.skipIf(skipWithoutChromium())('the import and metamodel pages in Chromium', () => {
  const run = useBrowserApp({ pollTimeoutMs: 20_000 });
  let page: Page;
  const problems: string[] = [];

  describe.each(SIZES)('at $width×$height', (size) => {
    const shot = (name: string) =>
      page.screenshot({
        path: path.join(ARTIFACTS, `${name}-${size.width}x${size.height}.png`),
        fullPage: true,
      });

    beforeEach(async () => {
      problems.length = 0;
      // axe is injected as a script, which the server's Content-Security-Policy would refuse.
      page = await run.browser.newPage({ viewport: size, bypassCSP: true });
      collectProblems(page, problems);
    });
    afterEach(async () => {
      await page.close();
      expect(
        problems.filter((p) => !/status of 400/.test(p)),
        'errors in the page',
      ).toEqual([]);
    });

    it('imports a JSON file: dry run, Apply for the same file and options only, then finds the node', async () => {
      // One system per window size, so each size's import adds something new to the shared server.
      const id = `park-and-ride-booking-${size.width}`;
      const name = `Park and Ride Booking ${size.width}`;
      const text = fs
        .readFileSync(path.join(FIXTURES, 'import/park-and-ride-booking.json'), 'utf8')
        .replaceAll('park-and-ride-booking', id)
        .replace('Park and Ride Booking', name);

      await page.goto(`${run.app.url}/explore`);
      await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
      await tabTo(page, 'Import');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/import$/);
      await page.getByTestId('import-page').waitFor();
      const apply = page.getByTestId('apply');
      expect(await apply.isDisabled()).toBe(true);

      await page.getByTestId('import-file').setInputFiles({
        name: `${id}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect.poll(() => page.getByTestId('import-picked').textContent()).toContain(`${id}.json`);
      expect(await page.getByRole('radio', { name: 'JSON snapshot' }).isChecked()).toBe(true);
      // The dry run is the next stop after the file input.
      await page.getByTestId('import-file').focus();
      await page.keyboard.press('Tab');
      expect(await focusedTestId(page)).toBe('dry-run');
      await page.keyboard.press('Enter');

      const report = page.getByTestId('dry-run-report');
      await report.waitFor();
      expect(await page.getByTestId('dry-run-totals').textContent()).toMatch(
        /^2 to add, 0 to change, 0 to remove/,
      );
      const rows = await page
        .getByTestId('dry-run-changes')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
      expect(rows).toEqual([
        ['System', '1', '0', '0'],
        ['HOSTED_AT (relationship)', '1', '0', '0'],
      ]);
      await page.getByTestId('unmapped-none').waitFor();
      await shot('import-dry-run');
      expect(await seriousIssues(page)).toEqual([]);

      // Nothing written yet: the search does not find it.
      expect(await searchFinds(page, name)).toBe(false);

      // Other options than the dry run's: no Apply until it is run again; the same ones: Apply again.
      await expect.poll(() => apply.isDisabled()).toBe(false);
      await page.getByRole('radio', { name: /Replace/ }).check();
      await expect.poll(() => apply.isDisabled()).toBe(true);
      await page.getByRole('radio', { name: /Merge/ }).check();
      await expect.poll(() => apply.isDisabled()).toBe(false);

      await page.getByTestId('dry-run').focus();
      await page.keyboard.press('Tab');
      expect(await focusedTestId(page)).toBe('apply');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('import-applied').textContent())
        .toMatch(/^2 added, 0 changed, 0 removed: the graph is now at version \d+\.$/);
      // Applied: a second Apply needs a new dry run.
      expect(await apply.isDisabled()).toBe(true);
      await shot('import-applied');

      expect(await searchFinds(page, name)).toBe(true);
      await page
        .getByTestId('global-search')
        .getByRole('option', { name: new RegExp(name) })
        .click();
      await page.waitForURL(new RegExp(`node=system:${id}`));
      await expect.poll(() => page.getByTestId('detail-panel').locator('h2').textContent()).toBe(name);
    });

    it('a bad CSV is refused naming each line and field, and Apply stays off', async () => {
      await page.goto(`${run.app.url}/import`);
      await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'import/bad-nodes.csv'));
      await expect.poll(() => page.getByRole('radio', { name: 'CSV' }).isChecked()).toBe(true);
      await page.getByTestId('dry-run').click();
      const list = page.getByTestId('import-problems');
      await list.waitFor();
      const text = (await list.textContent()) ?? '';
      expect(text).toMatch(/bad-nodes\.csv line 3\b[^\n]*name/);
      expect(text).toMatch(/bad-nodes\.csv line 4\b[^\n]*category/);
      expect(text).not.toMatch(/line 2\b/);
      expect(await page.getByTestId('apply').isDisabled()).toBe(true);
      await shot('import-refused');
      expect(await seriousIssues(page)).toEqual([]);
      expect(await searchFinds(page, 'First good system')).toBe(false);
    });

    it('a public ArchiMate model’s dry run lists what the metamodel cannot take, with the reasons', async () => {
      await page.goto(`${run.app.url}/import`);
      await page
        .getByTestId('import-file')
        .setInputFiles(path.join(FIXTURES, 'archimate-public/archisurance-test-model.xml'));
      await expect
        .poll(() => page.getByRole('radio', { name: 'ArchiMate Open Exchange' }).isChecked())
        .toBe(true);
      await page.getByTestId('dry-run').click();
      const unmapped = page.getByTestId('unmapped');
      await unmapped.waitFor();
      const rows = await unmapped
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
      expect(rows.length).toBeGreaterThan(0);
      for (const [where, type, , reason] of rows) {
        expect(where).not.toBe('');
        expect(type).not.toBe('');
        expect(reason!.length).toBeGreaterThan(5);
      }
      expect(await page.getByTestId('unmapped').locator('caption').textContent()).toBe(
        `${rows.length} items the metamodel cannot take (left out, with the reason)`,
      );
      expect(await page.getByTestId('apply').isDisabled()).toBe(false);
      await shot('import-archimate-dry-run');
      expect(await seriousIssues(page)).toEqual([]);
    });

    it('the metamodel page, from the header, lists kinds with their fields and relationship rules', async () => {
      await page.goto(`${run.app.url}/explore`);
      await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
      await tabTo(page, 'Metamodel');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/metamodel$/);
      await expect.poll(() => page.getByTestId('metamodel-name').textContent()).toBe('council');
      const systems = await page
        .getByTestId('kind-System')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
      expect(systems).toContainEqual([
        'category',
        'SystemCategory',
        'optional',
        '—',
        'APPLICATION, INFRASTRUCTURE, NETWORK, PLATFORM, SERVICE',
        'What sort of system it is.',
      ]);
      // Limits, from each field's own checks: a number's range and a text's length.
      expect(systems).toContainEqual([
        'rtoHours',
        'Float',
        'optional',
        '0 to 8,760',
        '—',
        'Recovery time objective, in hours.',
      ]);
      const sites = await page
        .getByTestId('kind-Site')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
      expect(sites.find((r) => r[0] === 'location')?.[3]).toBe('1 to 2,000 characters');
      const kinds = await page.locator('[data-testid^="kind-"]').count();
      expect(kinds).toBe(7);
      const rules = await page
        .getByTestId('relationship-types')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
      const dependsOn = rules.find((r) => r[0] === 'DEPENDS_ON')!;
      expect(dependsOn[3]).toBe('to the source: when the target fails, the source is affected');
      expect(dependsOn[1]).toContain('System');
      expect(dependsOn[4]).not.toBe('');
      expect(await page.getByRole('link', { name: 'Metamodel' }).getAttribute('aria-current')).toBe('page');
      await shot('metamodel');
      expect(await seriousIssues(page)).toEqual([]);
    });

    it('the metamodel page shows a change an admin applied: the new limit and who changed it', async () => {
      const council = fs.readFileSync(
        path.resolve(import.meta.dirname, '../../metamodels/council.yaml'),
        'utf8',
      );
      const change = async (definition: string) => {
        const response = await fetch(`${run.app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($d: String!) { changeMetamodel(definition: $d, dryRun: false) { applied } }',
            variables: { d: definition },
          }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        expect(body.errors).toBeUndefined();
      };
      // Contracts' notice may run to 240 months; the council's own file is put back after.
      await change(council.replace('max: 120', 'max: 240'));
      try {
        await page.goto(`${run.app.url}/metamodel`);
        const notice = page.getByTestId('kind-Contract').locator('tbody tr', { hasText: 'noticeMonths' });
        await expect.poll(() => notice.locator('td').nth(2).textContent()).toBe('0 to 240');
        const first = page.getByTestId('metamodel-changes').locator('tbody tr').first();
        const cells = await first.locator('td').allTextContents();
        expect(cells[1]).toBe('development');
        expect(cells[2]).toMatch(/^council [0-9a-f]{16}$/);
        expect(cells[3]).toMatch(/^council [0-9a-f]{16}$/);
        expect(cells[2]).not.toBe(cells[3]);
        await page.getByRole('heading', { name: 'Changes' }).scrollIntoViewIfNeeded();
        await shot('metamodel-changed');
        expect(await seriousIssues(page)).toEqual([]);
      } finally {
        await change(council);
      }
    });
  });
});

/** Types the words into the header's search and says whether a suggestion with them appears, once
 *  the list answers for these words (a suggestion, or "Nothing matches" them). */
async function searchFinds(page: Page, words: string): Promise<boolean> {
  const search = page.getByTestId('global-search');
  const box = search.getByRole('combobox');
  await box.fill('');
  await box.fill(words);
  const option = search.getByRole('option', { name: new RegExp(words) });
  const none = search.getByText(`Nothing matches “${words}”`);
  await expect.poll(async () => (await option.count()) + (await none.count())).toBeGreaterThan(0);
  return (await option.count()) > 0;
}

// With sign-in on: the API lets only an admin import (a dry run too), so an editor's page says
// so and offers no form, and an admin's page imports.
describe.skipIf(skipWithoutChromium())('who may import, with tokens', () => {
  const run = useBrowserApp({
    pollTimeoutMs: 20_000,
    env: {
      AUTH_MODE: 'tokens',
      API_TOKENS: TOKEN_ENTRIES.map((t) => `${t.name}:${t.role}:${t.sha256}`).join(','),
    },
  });
  let page: Page;
  const problems: string[] = [];

  const openAs = async (token: string) => {
    problems.length = 0;
    page = await run.browser.newPage({ viewport: { width: 1024, height: 700 } });
    collectProblems(page, problems);
    // The page keeps the token a person pastes in the header's menu here (client/src/api/token.ts).
    await page.addInitScript((t) => window.localStorage.setItem('explorer.apiToken', t), token);
    await page.goto(`${run.app.url}/import`);
  };
  afterEach(async () => {
    await page.close();
    expect(problems, 'errors in the page').toEqual([]);
  });

  it('an editor is told importing needs an admin token, and cannot pick a file', async () => {
    await openAs(TOKENS.editor);
    await page.getByText('Importing needs an admin token').waitFor();
    expect(await page.getByTestId('import-file').isDisabled()).toBe(true);
    expect(await page.getByTestId('dry-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('apply').isDisabled()).toBe(true);
  });

  it('an admin dry-runs a file', async () => {
    await openAs(TOKENS.admin);
    await expect.poll(() => page.getByTestId('import-file').isDisabled()).toBe(false);
    expect(await page.getByText('Importing needs an admin token').count()).toBe(0);
    await page
      .getByTestId('import-file')
      .setInputFiles(path.join(FIXTURES, 'import/park-and-ride-booking.json'));
    await page.getByTestId('dry-run').click();
    await expect
      .poll(() => page.getByTestId('dry-run-totals').textContent())
      .toMatch(/^2 to add, 0 to change, 0 to remove/);
    expect(await page.getByTestId('apply').isDisabled()).toBe(false);
  });
});
