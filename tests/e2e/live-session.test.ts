import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll, newPhone } from './helpers/browser';
import { setUpRig } from './helpers/rig';
import { expectAccessible } from './helpers/round-pages';
import { decodeQr } from './helpers/qr';
import { saveScreen } from './helpers/screens';

const QUESTION_1 = 'What makes a neighbourhood feel like home?';
const QUESTION_2 = 'What could we start next month?';
const NAMES = ['Amina', 'Bruno', 'Chloé'];
const FRENCH_READER = 'Chloé';

/** Seconds shown by a countdown (m:ss). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().textContent()) ?? '';
  const match = /(\+?)(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no countdown in "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

// No ORGANISER_PASSWORD: the first start generates a credential and prints a one-time sign-in link.
const rig = setUpRig();

describe('a live session in real browsers', () => {
  it('answers its health check', async () => {
    const response = await fetch(`${rig.server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('runs from sign-in to three phones in the reflection phase, with a reload keeping identity', async () => {
    // The organiser signs in with the link printed at first start.
    const link = /\/console\/sign-in\?key=(\S+)/.exec(rig.server.output());
    expect(link, 'the banner prints a one-time sign-in link').not.toBeNull();
    const organiserContext = await rig.browser.newContext({ viewport: { width: 1280, height: 900 } });
    rig.contexts.push(organiserContext);
    const consolePage = await organiserContext.newPage();
    await consolePage.goto(`${rig.server.url}/console/sign-in?key=${link![1]}`);
    await consolePage.waitForURL(`${rig.server.url}/console`);
    await expectAccessible(consolePage, 'sessions list');

    // A session with two rounds.
    await consolePage.getByRole('link', { name: 'New session' }).click();
    await consolePage.getByLabel('Title').fill('Café des voisins');
    await consolePage.getByLabel('Session language').selectOption('en');
    await consolePage.getByRole('group', { name: 'Round 1' }).getByLabel('Question').fill(QUESTION_1);
    await consolePage.getByRole('button', { name: 'Add a round' }).click();
    await consolePage.getByRole('group', { name: 'Round 2' }).getByLabel('Question').fill(QUESTION_2);
    await expectAccessible(consolePage, 'session builder');
    await consolePage.getByRole('button', { name: 'Save the session' }).click();
    await consolePage.waitForURL(/\/console\/sessions\/[^/]+$/);
    await expect
      .poll(() =>
        consolePage
          .getByRole('img', { name: /QR code to join/ })
          .locator('svg')
          .count(),
      )
      .toBe(1);
    await expectAccessible(consolePage, 'live console (lobby)');

    // The projector, opened from the console's link.
    const projectorHref = await consolePage.getByRole('link', { name: /Open projector/ }).getAttribute('href');
    const projectorContext = await rig.browser.newContext({ viewport: { width: 1280, height: 720 } });
    rig.contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    await projector.goto(projectorHref!);
    const projectorQr = projector.getByRole('img', { name: /QR code to join/ });
    await expect.poll(() => projectorQr.locator('svg').count()).toBe(1);
    await expectAccessible(projector, 'projector (lobby)');

    // Phones join through the URL the QR code encodes — read from its pixels, as a camera would.
    const joinUrl = await decodeQr(projectorQr);
    const code = (await projector.locator('.join-code').first().textContent())?.replace(/\s/g, '');
    expect(joinUrl).toBe(`${rig.server.url}/join/${code}`);

    // The third phone reads French: its person picks the language on the join page (the session is in English).
    const phones: Page[] = [];
    for (const name of NAMES) {
      const french = name === FRENCH_READER;
      const { context, page } = await newPhone(rig.browser);
      rig.contexts.push(context);
      await page.goto(joinUrl);
      if (french) {
        await page.getByRole('button', { name: 'Français' }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      }
      await page.getByLabel(french ? 'Votre nom' : 'Your name').fill(name);
      if (phones.length === 0 || french) await expectAccessible(page, `phone join form${french ? ' (French)' : ''}`);
      await page.getByRole('button', { name: french ? 'Rejoindre la session' : 'Join the session' }).click();
      await page.getByText(french ? `Vous êtes ${name}` : `You are ${name}`).waitFor();
      expect(await hasHorizontalScroll(page)).toBe(false);
      phones.push(page);
    }
    await expectAccessible(phones[0]!, 'phone lobby');

    // The console's lobby lists them live.
    for (const name of NAMES) await consolePage.getByText(name, { exact: true }).waitFor();
    await expect.poll(() => projector.getByText(/3 participants/).count()).toBeGreaterThan(0);

    // Start: every phone shows the reflection phase with the question and the same countdown.
    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    for (const [i, phone] of phones.entries()) {
      await phone.locator('#current-question', { hasText: QUESTION_1 }).waitFor();
      await phone
        .getByText(NAMES[i] === FRENCH_READER ? 'Réflexion' : 'Reflection')
        .first()
        .waitFor();
    }
    await projector.locator('#current-question', { hasText: QUESTION_1 }).waitFor();
    await projector.getByText('Write your ideas alone').waitFor();
    const readings = await Promise.all([consolePage, projector, ...phones].map(secondsLeft));
    expect(Math.max(...readings) - Math.min(...readings), `countdowns ${readings.join(', ')}`).toBeLessThanOrEqual(1);
    expect(Math.min(...readings)).toBeGreaterThan(150); // 3-minute default reflection
    expect(Math.max(...readings)).toBeLessThanOrEqual(180);

    for (const [i, phone] of phones.entries()) {
      await expectAccessible(phone, `phone ${i + 1} in reflection`);
      expect(await hasHorizontalScroll(phone)).toBe(false);
    }
    await expectAccessible(consolePage, 'live console (running)');
    await expectAccessible(projector, 'projector (reflection)');

    // A reload keeps the phone's identity: no name form, same person, same phase.
    await phones[1]!.reload();
    await phones[1]!.getByText(`You are ${NAMES[1]}`).waitFor();
    await phones[1]!.locator('#current-question', { hasText: QUESTION_1 }).waitFor();
    expect(await phones[1]!.getByLabel('Your name').count()).toBe(0);
    await expect.poll(() => consolePage.getByText(/3 participants/).count()).toBeGreaterThan(0);

    await saveScreen(consolePage, 'console');
    await saveScreen(projector, 'projector');
    await saveScreen(phones[0]!, 'phone');

    // A phone whose token the server no longer knows comes back to the join form instead of failing.
    // (Chloé's phone: the language she chose is remembered.)
    await phones[2]!.evaluate((key) => localStorage.setItem(key, 'stale-token'), `tournee:participant:${code}`);
    await phones[2]!.reload();
    await phones[2]!.getByLabel('Votre nom').waitFor();
  });
});
