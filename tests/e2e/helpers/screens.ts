import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Where the e2e run saves its screenshots: test-results/screens by default; docs/screens (the ones
 * the README shows) when UPDATE_SCREENSHOTS=1.
 */
export const SCREENS_DIR = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screens' : 'test-results/screens';

export async function saveScreen(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
