// What a manager is shown, in Chromium on the Kent dataset: the Unisys contract's lapse exported
// as CSV (a header block naming the scenario and events; state, reason in words, objective, hours
// down and breach per row), as a PNG with title, date, events and legend, and printed on one A4
// page with the breaches and the top explanations.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectProblems, useBrowserApp } from './app.js';
import { skipWithoutChromium } from './chromium.js';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

const RUN = '/what-if?e=lapse:contract:kpsn-unisys';

async function ready(page: Page): Promise<void> {
  await page.getByTestId('breaches').waitFor();
  await page.waitForSelector('[data-testid="graph-canvas"][data-layout="done"]');
}

async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  return fs.readFileSync((await file.path())!);
}

describe.skipIf(skipWithoutChromium())('the what-if report in Chromium', () => {
  const run = useBrowserApp({ pollTimeoutMs: 10_000 });
  let page: Page;
  const problems: string[] = [];

  describe.each(SIZES)('at $width×$height', (size) => {
    beforeEach(async () => {
      problems.length = 0;
      page = await run.browser.newPage({ viewport: size, acceptDownloads: true });
      collectProblems(page, problems);
      await page.goto(`${run.app.url}${RUN}`);
      await ready(page);
    });
    afterEach(async () => {
      await page.close();
      expect(problems, 'errors in the page').toEqual([]);
    });

    it('CSV: a header block, then state, reason in words, objective, hours down and breach', async () => {
      const lines = (await downloaded(page, 'export-csv')).toString('utf8').split('\r\n');
      expect(lines.slice(0, 3)).toEqual([
        'scenario,Unsaved what-if',
        'as_at,2015-03-01',
        'event,KPSN management and supply contract (Unisys) lapses at its end date',
      ]);
      const header = lines.indexOf(
        'id,kind,name,state,reason,recovery_objective_hours,hours_down,breach,chain',
      );
      expect(lines[header - 1]).toBe('');
      const kpsn = lines.find((l) => l.startsWith('system:kpsn,'))!.split(',');
      expect(kpsn.slice(0, 4)).toEqual([
        'system:kpsn',
        'System',
        'Kent Public Services Network (KPSN)',
        'DOWN',
      ]);
      const police = lines.find((l) => l.startsWith('partner:kent-police,'))!;
      // The reason names nodes by name, never by id.
      expect(police).toContain('Kent Public Services Network (KPSN)');
      expect(police).not.toMatch(/needs system:/);
      // Every breach in the side table is a row marked yes, with its objective.
      const breached = await page.getByTestId('breaches').locator('tbody th').allTextContents();
      expect(breached.length).toBeGreaterThan(0);
      for (const name of breached) {
        const row = lines.find((l) => l.includes(`,${name},`) || l.includes(`,"${name}",`));
        expect(row, name).toMatch(/,\d+(\.\d+)?,(indefinitely|\d+(\.\d+)?),yes,/);
      }
    });

    it('PNG: the title, date and events above the graph, the legend with counts below', async () => {
      const png = await downloaded(page, 'export-png');
      fs.writeFileSync(path.join(ARTIFACTS, `report-${size.width}x${size.height}.png`), png);
      const look = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const band = (y0: number, y1: number) => {
          const { data: px } = ctx.getImageData(0, y0, image.width, y1 - y0);
          let dark = 0;
          let down = 0;
          for (let i = 0; i < px.length; i += 4) {
            if (px[i]! < 80 && px[i + 1]! < 80 && px[i + 2]! < 80) dark++;
            if (px[i] === 0xdc && px[i + 1] === 0x26 && px[i + 2] === 0x26) down++;
          }
          return { dark, down };
        };
        return {
          width: image.width,
          height: image.height,
          top: band(0, 90),
          bottom: band(image.height - 120, image.height),
        };
      }, png.toString('base64'));
      expect(look.width).toBeGreaterThanOrEqual(1400);
      expect(look.top.dark, 'title text in the header').toBeGreaterThan(500);
      expect(look.bottom.down, 'the Down swatch in the legend').toBeGreaterThan(300);
    });

    it('print: one A4 page with title, date, events, legend, counts, breaches and explanations', async () => {
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const sheet = page.getByTestId('print-report');
      await expect.poll(() => sheet.isVisible()).toBe(true);
      expect(await page.locator('.toolbar').isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      const text = (await sheet.textContent())!;
      expect(text).toContain('What if KPSN management and supply contract (Unisys) lapses at its end date');
      expect(text).toContain('As at 1 March 2015');
      expect(text).toMatch(/Down \d+/);
      expect(text).toMatch(/Recovery objectives breached \(\d+\)/);
      expect(text).toContain('Kent Public Services Network (KPSN)');
      expect(await sheet.locator('.print-why li').count()).toBeGreaterThan(0);
      await expect
        .poll(() => sheet.locator('img.print-graph').evaluate((i: HTMLImageElement) => i.naturalWidth))
        .toBeGreaterThan(0);
      await page.screenshot({
        path: path.join(ARTIFACTS, `print-${size.width}x${size.height}.png`),
        fullPage: true,
      });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      fs.writeFileSync(path.join(ARTIFACTS, `report-${size.width}x${size.height}.pdf`), pdf);
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, 'pages').toBe(1);
    });
  });
});
