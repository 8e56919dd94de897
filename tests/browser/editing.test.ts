// Editing in the page, in Chromium against the real server (embedded store, Kent dataset,
// development mode, so everyone may edit): create a System, see the server's refusals beside the
// fields, link it to KPSN, rename it, read its history, unlink it and delete it. Screenshots of
// the new-node form with its messages, the edit form, and the edited node with its history go
// to tests/browser/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { defaultRelationshipId } from '../../server/src/domain/metamodel/index.js';
import { drawnEdges, drawnNodes } from './canvas.js';
import { skipWithoutChromium } from './chromium.js';

const ID = 'system:schools-broadband-backup';
// Linked without an id, the relationship gets the default one for its ends and type.
const LINK = defaultRelationshipId(ID, 'DEPENDS_ON', 'system:kpsn');
const PARALLEL = 'rel:schools-backup-second-line';

describe.skipIf(skipWithoutChromium())('editing in Chromium', () => {
  const run = useBrowserApp();
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    collectProblems(page, problems);
  });

  const form = () => page.getByTestId('node-form');
  const panel = () => page.getByTestId('detail-panel');
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name) });

  it('creates a System, with the server’s refusals shown beside their fields', async () => {
    await page.goto(`${run.app.url}/explore`);
    await expect
      .poll(() => page.getByTestId('development-mode').textContent())
      .toBe('Development mode: no sign-in, everyone can edit');
    await page.getByTestId('new-node').click();
    await form().getByLabel('Kind').selectOption('System');
    await form().getByLabel('Name').fill('Schools broadband backup');
    await expect.poll(() => form().getByLabel('Id').inputValue()).toBe(ID);

    // A negative recovery time and an id naming another kind: both refused, each by its field.
    await form().getByLabel('Id').fill('site:schools-broadband-backup');
    await form().getByLabel('Recovery time objective').fill('-4');
    await form().getByLabel('Criticality').selectOption('HIGH');
    await form().getByLabel('Document').fill('001_76edc5f6bd1b76ff.txt');
    await form().getByLabel('Section').fill('Section C, Priority 2');
    await page.getByTestId('save-node').click();
    await expect.poll(() => page.getByTestId('error-rtoHours').textContent()).toContain('>=0');
    await expect.poll(() => page.getByTestId('error-id').textContent()).toContain('names kind Site');
    await page.locator('.form-page').evaluate((el) => el.scrollTo(0, 0));
    await shot('editing-validation.png');

    await form().getByLabel('Id').fill(ID);
    await form().getByLabel('Recovery time objective').fill('8');
    await page.getByTestId('save-node').click();
    await page.waitForURL(new RegExp(`node=${ID}`));
    await expect.poll(() => panel().locator('h2').textContent()).toBe('Schools broadband backup');
    await expect.poll(() => panel().locator('.fields').textContent()).toContain('8 hours');
  });

  it('links it DEPENDS_ON KPSN and sees the link in the panel and on the canvas', async () => {
    await page.getByTestId('link-node').click();
    const link = page.getByTestId('link-form');
    await link.getByLabel('Relationship').selectOption('out:DEPENDS_ON');
    await link.getByTestId('link-target').getByRole('combobox').fill('KPSN');
    await page.getByRole('option', { name: /Kent Public Services Network \(KPSN\)/ }).click();
    await expect.poll(() => link.getByTestId('link-target-picked').textContent()).toContain('system:kpsn');
    await link.getByLabel('Note').fill('Falls back to KPSN when the schools line is down.');
    await page.getByTestId('save-link').click();
    await expect
      .poll(() => panel().getByTestId(`rel-${LINK}`).textContent())
      .toContain('Kent Public Services');
    await expect.poll(async () => (await drawnNodes(page)).map((n) => n.id)).toContain('system:kpsn');
  });

  it('renames it, and the history shows the creation, the link and the update', async () => {
    await page.getByTestId('edit-node').click();
    await expect.poll(() => form().getByLabel('Name').inputValue()).toBe('Schools broadband backup');
    await expect.poll(() => form().getByLabel('Recovery time objective').inputValue()).toBe('8');
    await form().getByLabel('Name').fill('Schools broadband resilience');
    await shot('editing-form.png');
    await page.getByTestId('save-node').click();
    await expect.poll(() => panel().locator('h2').textContent()).toBe('Schools broadband resilience');

    const history = page.getByTestId('history');
    await expect
      .poll(() =>
        history
          .locator('li[data-action]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))),
      )
      .toEqual(['UPDATE', 'CREATE', 'CREATE']);
    const update = history.locator('li[data-action="UPDATE"]');
    expect(await update.textContent()).toContain(
      'Name: Schools broadband backup → Schools broadband resilience',
    );
    expect(await history.textContent()).toContain('linked: depends on Kent Public Services Network (KPSN)');
    await history.scrollIntoViewIfNeeded();
    await shot('editing.png');
  });

  it('shows a second DEPENDS_ON to KPSN beside the first, on the canvas too, and unlinks that one by its id', async () => {
    const created = await page.evaluate(
      async ({ from, id }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($r: RelationshipInput!) { createRelationship(relationship: $r) { id } }',
            variables: { r: { id, from, type: 'DEPENDS_ON', to: 'system:kpsn', note: 'A second line.' } },
          }),
        });
        return (await response.json()) as { data?: { createRelationship: { id: string } } };
      },
      { from: ID, id: PARALLEL },
    );
    expect(created.data?.createRelationship.id).toBe(PARALLEL);
    await page.reload();
    await expect.poll(() => panel().getByTestId(`rel-${PARALLEL}`).textContent()).toContain('A second line.');
    await expect.poll(() => panel().getByTestId(`rel-${LINK}`).count()).toBe(1);
    const toKpsn = async () =>
      (await drawnEdges(page))
        .filter((e) => e.source === ID && e.target === 'system:kpsn')
        .map((e) => e.id)
        .sort();
    await expect.poll(toKpsn).toEqual([LINK, PARALLEL].sort());

    await page.getByTestId(`unlink-${PARALLEL}`).click();
    await panel().getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => panel().getByTestId(`rel-${PARALLEL}`).count()).toBe(0);
    await expect.poll(() => panel().getByTestId(`rel-${LINK}`).count()).toBe(1);
    await expect.poll(toKpsn).toEqual([LINK]);
  });

  it('unlinks it, then deletes it after a confirmation that counts its relationships', async () => {
    await page.getByTestId(`unlink-${LINK}`).click();
    await panel().getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => panel().getByTestId(`rel-${LINK}`).count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('history').locator('li[data-action]').first().textContent())
      .toContain('unlinked: depends on system:kpsn');

    await page.getByTestId('delete-node').click();
    await expect.poll(() => page.getByTestId('delete-summary').textContent()).toContain('no relationships');
    await page.getByTestId('confirm-delete').click();
    await page.waitForURL((url) => !url.search.includes('node='));
    await page.getByRole('heading', { name: 'Find something to explore' }).waitFor();
    const answer = await page.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } }),
      });
      return (await response.json()) as { errors?: { extensions: { code: string } }[] };
    }, ID);
    expect(answer.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(problems, 'errors in the page').toEqual([]);
  });
});
