import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppServer } from './app-server';
import type { Rig } from './rig';

export const COLOURS = ['Red', 'Orange', 'Yellow'] as const;

/** "Table 2 — Orange": how every screen names a default table. */
export const tableName = (n: number) => `Table ${n} — ${COLOURS[n - 1]}`;

/** Signs the organiser in through the API (the password is set at start) and opens a page. */
export async function signedInPage({ browser, server, contexts }: Rig, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const signIn = await context.request.post(`${server.url}/api/auth/sign-in`, { data: { password } });
  expect(signIn.status()).toBe(204);
  return context.newPage();
}

/** Builds a session with these questions and `tables` tables, and lands on its live console; returns the join code. */
export async function createSession(
  page: Page,
  server: AppServer,
  questions: readonly string[],
  tables: number,
  beforeSave?: (page: Page) => Promise<void>,
): Promise<string> {
  await page.goto(`${server.url}/console/sessions/new`);
  await page.getByLabel('Title').fill('Café des voisins');
  await page.getByLabel('Session language').selectOption('en');
  for (const [i, question] of questions.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add a round' }).click();
    await page
      .getByRole('group', { name: `Round ${i + 1}` })
      .getByLabel('Question')
      .fill(question);
  }
  await page.getByLabel('Number of tables').fill(String(tables));
  await beforeSave?.(page);
  return saveAndReadCode(page);
}

export async function saveAndReadCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.waitForURL(/\/console\/sessions\/[^/]+$/);
  await page.getByRole('heading', { name: tableName(1) }).waitFor();
  return ((await page.locator('.join-code').first().textContent()) ?? '').replace(/\s/g, '');
}

/** The host link of table n, from the console's dialog. */
export async function hostLinkOf(page: Page, n: number): Promise<string> {
  await page.getByRole('button', { name: `Host link — ${tableName(n)}` }).click();
  const dialog = page.getByRole('dialog', { name: /Host link/ });
  const href = await dialog.getByTestId('host-link').getAttribute('href');
  await dialog.getByRole('button', { name: 'Close' }).click();
  if (!href) throw new Error(`no host link for table ${n}`);
  return href;
}

/** The table (1-based) where the console's preview sends a person. */
export async function plannedTableOf(page: Page, name: string): Promise<number> {
  const cards = page.getByTestId('planned-table');
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    const names = await cards.nth(i).locator('li strong').allTextContents();
    if (names.includes(name)) return i + 1;
  }
  throw new Error(`${name} is not in the preview`);
}

/** The mixing figures as the console writes them. */
export function figuresText(page: Page): Promise<string> {
  return page.getByTestId('mixing-figures').innerText();
}
