import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, PHONE_SMALL, PHONE_TALL, saveLook } from './helpers/looks';
import { setUpRig } from './helpers/rig';
import { createSession, signedInPage, tableName } from './helpers/rotation-pages';
import { expectAccessible, expectNoSideScroll, joinByLink, writeNote } from './helpers/round-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'moving-tables-e2e';
const NOTE = 'Shared gardens in every courtyard';

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** The phone's own table, as its header names it. */
const myTableHeading = (page: Page) => page.locator('#my-table-heading');

describe('opening another table’s link mid-round', () => {
  it('asks before moving, tells the console, and takes the unshared notes along', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const code = await createSession(consolePage, rig.server, ['What makes a neighbourhood feel like home?'], 2);
    const ana = await joinByLink(rig.browser, `${rig.server.url}/t/${code}/1`, 'Ana');
    const ben = await joinByLink(rig.browser, `${rig.server.url}/t/${code}/2`, 'Ben');
    rig.contexts.push(ana.context, ben.context);
    await myTableHeading(ana.page).getByText(tableName(1)).waitFor();

    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    await ana.page.getByLabel('New note').waitFor();
    await writeNote(ana.page, NOTE);
    await ana.page.getByText('Sent', { exact: true }).waitFor();

    // Ana opens table 2's link: her phone asks first, and says her notes go with her.
    await ana.page.goto(`${rig.server.url}/t/${code}/2`);
    const question = ana.page.getByRole('region', { name: `You are at ${tableName(1)}. Move to ${tableName(2)}?` });
    await question.waitFor();
    await question.getByText('Your notes of this round go with you.').waitFor();
    expect(await myTableHeading(ana.page).innerText()).toBe(tableName(1));
    await expectAccessible(ana.page, 'phone asking before a move');
    await expectNoSideScroll([ana], 'move question');
    await saveScreen(ana.page, 'phone-move-question');
    await saveLook(ana.page, 'phone-move-question-390x844', PHONE_TALL);
    await question.getByRole('button', { name: `Move to ${tableName(2)}` }).click();
    await expect.poll(() => myTableHeading(ana.page).innerText()).toBe(tableName(2));
    await expect.poll(() => new URL(ana.page.url()).pathname).toBe(`/join/${code}`);
    // Her note is still hers, on her phone.
    await ana.page.getByText(NOTE).waitFor();

    // The console shows the move, and can undo it.
    const moves = consolePage.getByRole('region', { name: 'Moved on their own' });
    await moves.getByText(`Ana moved from ${tableName(1)} to ${tableName(2)}`).waitFor();
    await expectAccessible(consolePage, 'console with a move');
    await moves.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await saveScreen(consolePage, 'console-moves');
    await saveLook(consolePage, 'console-moves-1280x720', LAPTOP);

    // Another link opened by mistake: she stays.
    await ana.page.goto(`${rig.server.url}/t/${code}/1`);
    const again = ana.page.getByRole('region', { name: `You are at ${tableName(2)}. Move to ${tableName(1)}?` });
    await again.getByRole('button', { name: `Stay at ${tableName(2)}` }).click();
    await expect.poll(() => again.count()).toBe(0);
    await expect.poll(() => new URL(ana.page.url()).pathname).toBe(`/join/${code}`);
    expect(await myTableHeading(ana.page).innerText()).toBe(tableName(2));

    // The organiser sends her back; her note follows her again, and is shared at table 1.
    await moves.getByRole('button', { name: `Send Ana back to ${tableName(1)}` }).click();
    await expect.poll(() => myTableHeading(ana.page).innerText()).toBe(tableName(1));
    await ana.page.getByText(NOTE).waitFor();
    await consolePage.getByRole('button', { name: 'Next: sharing' }).click();
    await ana.page.getByRole('region', { name: 'Shared notes' }).getByText(NOTE).waitFor();
    expect(await ben.page.getByRole('region', { name: 'Shared notes' }).getByText(NOTE).count()).toBe(0);

    // In French, from the sharing on: the shared notes stay.
    await ana.page.getByRole('button', { name: 'Français' }).click();
    await ana.page.goto(`${rig.server.url}/t/${code}/2`);
    const french = ana.page.getByRole('region', { name: 'Vous êtes à la Table 1 — Rouge. Aller à la Table 2 — Orange\u00a0?' });
    await french.getByText('Les notes que vous avez partagées restent à la Table 1 — Rouge.').waitFor();
    await expectAccessible(ana.page, 'phone asking before a move (French)');
    await saveLook(ana.page, 'phone-move-question-fr-360', PHONE_SMALL);
    await french.getByRole('button', { name: 'Rester à la Table 1 — Rouge' }).click();
  });
});
