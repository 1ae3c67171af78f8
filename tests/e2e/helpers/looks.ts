import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Rig } from './rig';

/** Screenshots to look at (other sizes and languages of the changed screens), never copied to docs/screens. */
export const LOOKS_DIR = 'test-results/looks';

/** Saves the page as it is now at `width`×`height` (the viewport is put back after). */
export async function saveLook(page: Page, name: string, size?: { width: number; height: number }): Promise<void> {
  mkdirSync(LOOKS_DIR, { recursive: true });
  const before = page.viewportSize();
  if (size) await page.setViewportSize(size);
  await page.screenshot({ path: join(LOOKS_DIR, `${name}.png`), fullPage: false });
  if (size && before) await page.setViewportSize(before);
}

/** The sizes the changed screens are looked at. */
export const PHONE_SMALL = { width: 360, height: 740 };
export const PHONE_TALL = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 720 };
export const PROJECTORS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

/** A phone page of 390 × 844 (the rehearsal's phones), touch. */
export async function newTallPhone(rig: Rig) {
  const context = await rig.browser.newContext({ viewport: PHONE_TALL, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  rig.contexts.push(context);
  return { context, page: await context.newPage() };
}

/** The projector, opened from the console's link, at `size`. */
export async function openProjector(rig: Rig, consolePage: Page, size: { width: number; height: number }): Promise<Page> {
  const href = await consolePage.getByRole('link', { name: /Open projector/ }).getAttribute('href');
  if (!href) throw new Error('no projector link on the console');
  const context = await rig.browser.newContext({ viewport: size });
  rig.contexts.push(context);
  const projector = await context.newPage();
  await projector.goto(href);
  return projector;
}
