import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPhone } from './helpers/browser';
import { setUpRig } from './helpers/rig';
import { decodeQr } from './helpers/qr';
import { expectAccessible, expectNoSideScroll, joinByLink, speakingOrder, writeNote, type Phone } from './helpers/round-pages';
import { createSession, signedInPage } from './helpers/rotation-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'round-at-the-table-e2e';
const QUESTION_1 = 'What makes a neighbourhood feel like home?';
const QUESTION_2 = 'What could we start next month?';
const HOST = 'Hélène';
const NAMES = ['Amina', 'Bruno', 'Chloé'] as const;
const NOTES = {
  Amina: 'Shared gardens in every courtyard',
  Bruno: 'Street parties twice a year',
  Chloé: 'A bench by the bakery',
} as const;
const OFFLINE_NOTE = 'A tool library in the basement';
const IDEA = 'Gardens and street parties to meet the neighbours';

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** The organiser signs in, builds a two-round session with one table and lands on its live console. */
async function organiserCreatesSession(): Promise<Page> {
  const page = await signedInPage(rig, PASSWORD);
  await createSession(page, rig.server, [QUESTION_1, QUESTION_2], 1, async (builder) => {
    await builder.getByLabel('Fixed time per person').check();
    await builder.getByLabel('Minutes per person').fill('1.5');
    await expectAccessible(builder, 'session builder with the speaking slot');
  });
  return page;
}

/** The host link, as the console's dialog shows it — read from the QR's pixels and checked against the printed link. */
async function hostLinkFromConsole(consolePage: Page, code: string): Promise<string> {
  await consolePage.getByRole('button', { name: 'Host link — Table 1 — Red' }).click();
  const dialog = consolePage.getByRole('dialog', { name: /Host link/ });
  const qr = dialog.getByRole('img', { name: /QR code of the host link/ });
  await expect.poll(() => qr.locator('svg').count()).toBe(1);
  await expectAccessible(consolePage, 'host link dialog');
  const fromQr = await decodeQr(qr);
  expect(await dialog.getByTestId('host-link').getAttribute('href')).toBe(fromQr);
  expect(fromQr).toMatch(new RegExp(`^${rig.server.url}/t/${code}/1\\?host=.+`));
  await dialog.getByText(`${rig.server.url}/t/${code}/1`, { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return fromQr;
}

/** What the phone keeps in its outbox storage (every session and participant). */
function storedOutbox(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith('tournee:outbox:'))
      .map(([, value]) => value)
      .join(''),
  );
}

describe('the round at the table in real browsers', () => {
  it('seats a host and three people by the table links, writes, shares, consolidates and recaps', async () => {
    const consolePage = await organiserCreatesSession();
    const code = ((await consolePage.locator('.join-code').first().textContent()) ?? '').replace(/\s/g, '');
    const hostLink = await hostLinkFromConsole(consolePage, code);

    // The host opens the host link; three people open the table's own link.
    const host = await joinByLink(rig.browser, hostLink, HOST);
    rig.contexts.push(host.context);
    await host.page.getByRole('heading', { name: 'You host Table 1' }).waitFor();
    await expect.poll(() => new URL(host.page.url()).pathname).toBe(`/join/${code}`);
    const people: Phone[] = [];
    for (const name of NAMES) {
      const phone = await joinByLink(rig.browser, `${rig.server.url}/t/${code}/1`, name);
      rig.contexts.push(phone.context);
      await phone.page.getByRole('heading', { name: 'Table 1 — Red' }).waitFor();
      await phone.page.getByText(`Host: ${HOST}`).waitFor();
      await expect.poll(() => new URL(phone.page.url()).pathname).toBe(`/join/${code}`);
      people.push(phone);
    }
    const phones = [host, ...people];
    const byName = new Map(phones.map((p) => [p.name, p]));
    await expectAccessible(host.page, 'host view (lobby)');
    await expectAccessible(people[0]!.page, 'participant view (lobby)');
    await expectNoSideScroll(phones, 'lobby');
    await consolePage.getByText('4 people — ').waitFor();

    // A wrong table number is explained, not silently ignored.
    const { context: strayContext, page: stray } = await newPhone(rig.browser);
    rig.contexts.push(strayContext);
    await stray.goto(`${rig.server.url}/t/${code}/7`);
    await stray.getByLabel('Your name').fill('Dara');
    await stray.getByRole('button', { name: 'Join the session' }).click();
    await stray.getByRole('alert').getByText('There is no table 7 in this session').waitFor();
    await stray.getByRole('heading', { name: 'You don’t have a table yet' }).waitFor();
    await strayContext.close();

    // Reflection: everyone writes; Amina writes a second note while offline.
    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    for (const phone of people) {
      await phone.page.locator('#current-question', { hasText: QUESTION_1 }).waitFor();
      await writeNote(phone.page, NOTES[phone.name as keyof typeof NOTES]);
      await phone.page.getByText('Sent', { exact: true }).waitFor();
    }
    const amina = people[0]!;
    await amina.context.setOffline(true);
    await writeNote(amina.page, OFFLINE_NOTE);
    await amina.page.getByText(OFFLINE_NOTE).waitFor();
    await amina.page.getByText('Waiting to send', { exact: true }).waitFor();
    // Kept on the phone (it would survive a reload) until the server has it.
    expect(await storedOutbox(amina.page)).toContain(OFFLINE_NOTE);
    await amina.context.setOffline(false);
    await expect.poll(() => amina.page.getByText('Sent', { exact: true }).count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => storedOutbox(amina.page)).toBe('');
    expect(await amina.page.getByText('Waiting to send').count()).toBe(0);
    await host.page.getByText('4 notes written').waitFor();
    await amina.page.getByRole('heading', { name: 'Your notes' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreen(amina.page, 'phone-notes');
    await expectAccessible(host.page, 'host view (reflection)');
    await expectAccessible(amina.page, 'participant view (reflection)');
    await expectNoSideScroll(phones, 'reflection');

    // Sharing: every phone shows the order; the host moves it on twice.
    await consolePage.getByRole('button', { name: 'Next: sharing' }).click();
    for (const phone of phones) await phone.page.getByRole('region', { name: 'Speaking order' }).waitFor();
    await host.page.getByRole('region', { name: 'Shared notes' }).getByText(NOTES.Bruno).waitFor();
    const order = await speakingOrder(host.page, [HOST, ...NAMES]);
    expect([...order].sort()).toEqual([HOST, ...NAMES].sort());
    for (let turn = 0; turn < 3; turn++) {
      await byName.get(order[turn]!)!.page.getByRole('heading', { name: 'Your turn' }).waitFor();
      await byName
        .get(order[turn + 1]!)!
        .page.getByRole('heading', { name: 'You’re next' })
        .waitFor();
      if (turn === 0) {
        await byName.get(order[0]!)!.page.evaluate(() => window.scrollTo(0, 0));
        await saveScreen(byName.get(order[0]!)!.page, 'phone-your-turn');
        await expectAccessible(host.page, 'host view (sharing)');
        await expectAccessible(byName.get(order[1]!)!.page, 'participant view (sharing)');
        await expectNoSideScroll(phones, 'sharing');
      }
      if (turn < 2) await host.page.getByRole('button', { name: 'Next speaker' }).click();
    }

    // A +1 on a shared note reaches the host.
    const bruno = byName.get('Bruno')!;
    await bruno.page.getByRole('button', { name: new RegExp(`\\+1 for “${NOTES.Amina}”`) }).click();
    await expect.poll(() => bruno.page.getByRole('button', { name: new RegExp(`\\+1 for “${NOTES.Amina}”`) }).getAttribute('aria-pressed')).toBe('true');

    // Consolidation: the host merges Amina's and Bruno's notes into one idea.
    await consolePage.getByRole('button', { name: 'Next: consolidation' }).click();
    await host.page.getByRole('heading', { name: 'Consolidate' }).waitFor();
    await host.page.getByRole('checkbox', { name: new RegExp(NOTES.Amina) }).check();
    await host.page.getByRole('checkbox', { name: new RegExp(NOTES.Bruno) }).check();
    await host.page.getByRole('button', { name: 'Merge into an idea' }).click();
    const ideaField = host.page.getByLabel('Idea', { exact: true });
    expect(await ideaField.inputValue()).toBe(`${NOTES.Amina}\n${NOTES.Bruno}`);
    await ideaField.fill(IDEA);
    await host.page.getByRole('button', { name: 'Save the idea' }).click();
    await host.page.getByText('from 2 notes — Amina, Bruno').waitFor();
    for (const phone of people) {
      const ideas = phone.page.getByRole('region', { name: 'Ideas of the table' });
      await ideas.getByText(IDEA).waitFor();
      await ideas.getByText('from 2 notes — Amina, Bruno').waitFor();
    }
    await people[2]!.page.getByRole('heading', { name: 'Ideas of the table' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreen(people[2]!.page, 'phone-ideas');
    await expectAccessible(host.page, 'host view (consolidation)');
    await expectAccessible(people[2]!.page, 'participant view (consolidation)');
    await expectNoSideScroll(phones, 'consolidation');
    await host.page.getByRole('heading', { name: 'Consolidate' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreen(host.page, 'host');

    // The console's board shows the table live; opened, its content.
    await consolePage.getByText('1 idea').first().waitFor();
    await consolePage.getByRole('button', { name: 'Open Table 1 — Red' }).click();
    await consolePage.getByRole('heading', { name: 'Table 1 — Red', level: 2 }).waitFor();
    await consolePage.locator('#table-detail').getByText(IDEA).waitFor();
    await expectAccessible(consolePage, 'console board (consolidation)');
    await consolePage.getByRole('heading', { name: 'Tables' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreen(consolePage, 'board');

    // Rotation, then round 2: the host's recap shows what the table found.
    await consolePage.getByRole('button', { name: 'Next: change tables' }).click();
    for (const phone of people) await phone.page.getByRole('region', { name: 'What your table consolidated' }).getByText(IDEA).waitFor();
    await expectAccessible(host.page, 'host view (rotation)');
    await expectAccessible(people[0]!.page, 'participant view (rotation)');
    await consolePage.getByRole('button', { name: 'Next: round 2, reflection' }).click();
    await host.page.locator('#current-question', { hasText: QUESTION_2 }).waitFor();
    const recap = host.page.getByRole('region', { name: 'Earlier at this table' });
    await recap.getByText(IDEA).waitFor();
    await recap.getByRole('heading', { name: 'Round 1' }).waitFor();
    await expectAccessible(host.page, 'host view (round 2 reflection)');
    // The newcomers see the recap too, during the first minutes of the reflection.
    await people[1]!.page.getByRole('region', { name: 'Earlier at this table' }).getByText(IDEA).waitFor();
    await expectAccessible(people[1]!.page, 'participant view (round 2 reflection, recap)');
    // The host closes it for the table.
    await host.page.getByRole('button', { name: 'Close the recap' }).click();
    await expect.poll(() => people[1]!.page.getByRole('region', { name: 'Earlier at this table' }).count()).toBe(0);
    await expectNoSideScroll(phones, 'round 2');
  });
});
