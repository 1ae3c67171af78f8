import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll, newPhone } from './helpers/browser';
import { setUpRig } from './helpers/rig';
import { expectAccessible } from './helpers/round-pages';
import { createSession, signedInPage } from './helpers/rotation-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'open-room-e2e';

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** A phone on the join page that types its name and taps "Join". */
async function phoneJoins(url: string, name: string): Promise<Page> {
  const { context, page } = await newPhone(rig.browser);
  rig.contexts.push(context);
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the session' }).click();
  return page;
}

describe('an open room: who can join, the doors, removing people', () => {
  it('lets the organiser see the capacity, let people in one by one, refuse one, remove one and close the doors', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const code = await createSession(consolePage, rig.server, ['What makes a neighbourhood feel like home?'], 2);
    const joinUrl = `${rig.server.url}/join/${code}`;
    const panel = consolePage.getByRole('region', { name: 'Who can join' });

    // Two tables of up to 10 (no maximum set): 20 seats plus a margin of 10. The organiser expects 12.
    await panel.getByText('0 of 30 places taken').waitFor();
    await panel.getByText('Capacity 30: 20 seats at the tables, plus a margin of 10.').waitFor();
    await panel.getByLabel('People expected (hosts included)').fill('12');
    await panel.getByRole('button', { name: 'Set' }).click();
    await panel.getByText('0 of 22 places taken').waitFor();

    // Ask me first: a new phone waits, and says so.
    await panel.getByLabel('Ask me first').check();
    await panel.getByText('Nobody is waiting').waitFor();
    const zoe = await phoneJoins(joinUrl, 'Zoé');
    await zoe.getByText('Waiting for the organiser to let you in…').waitFor();
    expect(await hasHorizontalScroll(zoe)).toBe(false);
    await expectAccessible(zoe, 'phone waiting at the doors');
    await saveScreen(zoe, 'phone-waiting');
    const prankster = await phoneJoins(joinUrl, 'Prankster');
    await prankster.getByText('Waiting for the organiser to let you in…').waitFor();

    await panel.getByText('2 people waiting to join').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await expectAccessible(consolePage, 'console with people waiting at the doors');
    await saveScreen(consolePage, 'console-doors');
    await panel.getByRole('button', { name: 'Let Zoé in' }).click();
    await zoe.getByText('You are Zoé').waitFor();
    await panel.getByRole('button', { name: 'Refuse Prankster' }).click();
    await prankster.getByText('The organiser did not let you in.').waitFor();
    await panel.getByText('1 of 22 places taken').waitFor();

    // Doors open again: a phone joins at once; the organiser removes it.
    await panel.getByLabel('Open', { exact: true }).check();
    const bot = await phoneJoins(joinUrl, 'Bot');
    await bot.getByText('You are Bot').waitFor();
    await consolePage.getByRole('button', { name: 'Remove Bot' }).scrollIntoViewIfNeeded();
    await saveScreen(consolePage, 'console-people');
    await consolePage.getByRole('button', { name: 'Remove Bot' }).click();
    const dialog = consolePage.getByRole('dialog', { name: 'Remove Bot?' });
    await dialog.getByText(/cannot be undone/).waitFor();
    await expectAccessible(consolePage, 'remove confirmation');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await bot.getByText('The organiser removed you from this session.').waitFor();
    await bot.getByLabel('Your name').waitFor();
    await consolePage.getByRole('status').getByText('1 person removed.').waitFor();
    await panel.getByText('1 of 22 places taken').waitFor();
    expect(await consolePage.getByText('Bot', { exact: true }).count()).toBe(0);

    // Closed: a phone on the join page is told before it tries.
    await panel.getByLabel('Closed').check();
    await bot.getByText('The organiser has closed the doors: nobody more can join for now.').waitFor();
    await bot.getByLabel('Your name').fill('Bot again');
    await bot.getByRole('button', { name: 'Join the session' }).click();
    await bot.getByText('The organiser has closed the doors: nobody more can join.').waitFor();
    await expectAccessible(bot, 'phone at closed doors');
    // Zoé, already in, is not affected.
    await zoe.reload();
    await zoe.getByText('You are Zoé').waitFor();
  });
});
