import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll } from './helpers/browser';
import { setUpRig } from './helpers/rig';
import { decodeQr } from './helpers/qr';
import { createSession, signedInPage } from './helpers/rotation-pages';
import { expectAccessible } from './helpers/round-pages';
import { SCREENS_DIR, saveScreen } from './helpers/screens';

const PASSWORD = 'table-kit-e2e';
const QUESTIONS = ['What makes a neighbourhood feel like home?', 'What could we start next month?', 'Who will carry it?'];
const TABLES = 4;

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** Page objects of a PDF (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function printed(page: Page, format: 'A4' | 'A5'): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // Kept next to the screenshots, to look at.
  writeFileSync(join(SCREENS_DIR, `table-kit-${format.toLowerCase()}.pdf`), pdf);
  return pdf;
}

describe('the table kit', () => {
  it('prints one tent card per table, with its QR, on A4 and on A5', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const code = await createSession(consolePage, rig.server, QUESTIONS, TABLES);
    await consolePage.getByRole('link', { name: 'Print the table tents' }).click();
    await consolePage.waitForURL(/\/kit$/);
    const page = consolePage;

    const cards = page.getByTestId('tent-card');
    await expect.poll(() => cards.count()).toBe(TABLES);
    await expect.poll(() => page.locator('[data-testid="tent-card"] [role="img"] svg').count()).toBe(TABLES);
    const third = page.getByRole('article', { name: 'Table 3 — Yellow' });
    await third.getByRole('heading', { name: 'Table 3 — Yellow', exact: true }).waitFor();
    for (const question of QUESTIONS) await third.getByText(question).waitFor();
    await third.getByText(code, { exact: true }).waitFor();
    const qr = third.getByRole('img', { name: /QR code of Table 3/ });
    expect(await decodeQr(qr)).toBe(`${rig.server.url}/t/${code}/3`);
    await expectAccessible(page, 'table kit');
    await saveScreen(page, 'table-kit');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(page), 'the kit page scrolls sideways at 360 px').toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });

    const a4 = await printed(page, 'A4');
    expect(pageCount(a4)).toBe(TABLES);
    expect(a4.length).toBeGreaterThan(20_000);
    // The first printed page, as an image to look at (A4 at 96 dpi).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.emulateMedia({ media: 'print' });
    await saveScreen(page, 'table-kit-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel(/^A5/).check();
    const a5 = await printed(page, 'A5');
    expect(pageCount(a5)).toBe(TABLES);
    expect(a5.length).toBeGreaterThan(20_000);
  });
});
