import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, hasHorizontalScroll, newPhone } from './browser';

/** A phone in the round-at-the-table test: its person's name, page and context (to go offline). */
export type Phone = { name: string; page: Page; context: BrowserContext };

export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations, `axe on ${where}`).toEqual([]);
}

export async function expectNoSideScroll(phones: readonly Phone[], where: string): Promise<void> {
  for (const phone of phones) expect(await hasHorizontalScroll(phone.page), `${phone.name}'s phone scrolls sideways (${where})`).toBe(false);
}

/** Opens `url` on a new phone and joins with `name` (the name form comes first on a table's link too). */
export async function joinByLink(browser: Browser, url: string, name: string): Promise<Phone> {
  const { context, page } = await newPhone(browser);
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the session' }).click();
  await page.getByText(`You are ${name}`).waitFor();
  return { name, page, context };
}

/** Writes one note in the reflection editor. */
export async function writeNote(page: Page, text: string): Promise<void> {
  await page.getByLabel('New note').fill(text);
  await page.getByRole('button', { name: 'Add the note' }).click();
}

/** The speaking order as the host's page lists it: one known name per turn. */
export async function speakingOrder(page: Page, names: readonly string[]): Promise<string[]> {
  const items = await page.getByRole('region', { name: 'Speaking order' }).getByRole('listitem').allTextContents();
  return items.map((text) => {
    const name = names.find((n) => text.startsWith(n));
    if (!name) throw new Error(`no known name in the turn "${text}"`);
    return name;
  });
}
