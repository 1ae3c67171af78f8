import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppServer } from '@/tests/e2e/helpers/app-server';
import { launchBrowser } from '@/tests/e2e/helpers/browser';
import { createSession } from '@/tests/e2e/helpers/rotation-pages';
import { BUILD_TIMEOUT_MS, startBuiltApp } from './helpers/built-app';

const PASSWORD = 'csp browser test';
let server: AppServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Every CSP violation and console error, in any page, with the page it came from. */
const problems: string[] = [];

beforeAll(async () => {
  server = await startBuiltApp({ ORGANISER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function watched(context: BrowserContext): Promise<Page> {
  contexts.push(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return page;
}

describe('the pages run under the Content-Security-Policy', () => {
  it('organiser, projector and phones: no CSP violation, no console error', async () => {
    const consolePage = await watched(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    await consolePage.goto(`${server.url}/console/sign-in`);
    await consolePage.getByLabel(/password/i).fill(PASSWORD);
    await consolePage.getByRole('button', { name: /sign in/i }).click();
    await consolePage.waitForURL(/\/console$/);

    const code = await createSession(consolePage, server, ['What would make this street greener?'], 2);
    const projectorHref = await consolePage.getByRole('link', { name: /Open projector/ }).getAttribute('href');

    const projector = await watched(await browser.newContext({ viewport: { width: 1280, height: 720 } }));
    await projector.goto(projectorHref!);
    await expect
      .poll(() =>
        projector
          .getByRole('img', { name: /QR code to join/ })
          .locator('svg')
          .count(),
      )
      .toBe(1);

    const phonePage = await watched(await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }));
    await phonePage.goto(`${server.url}/join/${code}`);
    await phonePage.getByLabel('Your name').fill('Zoë');
    await phonePage.getByRole('button', { name: 'Join the session' }).click();
    await phonePage.getByLabel('Your name').waitFor({ state: 'detached' });
    await phonePage.goto(`${server.url}/t/${code}/1`);
    await phonePage.waitForLoadState('networkidle');

    for (const path of ['/', '/join', `/console/sessions/new`]) {
      await consolePage.goto(`${server.url}${path}`);
      await consolePage.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });
});
