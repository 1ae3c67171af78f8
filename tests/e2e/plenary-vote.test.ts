import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TestClient, newCommandId } from '@/tests/helpers/test-client';
import { LAPTOP, PHONE_SMALL, PROJECTORS, openProjector, saveLook } from './helpers/looks';
import { setUpRig } from './helpers/rig';
import { createSession, hostLinkOf, signedInPage, tableName } from './helpers/rotation-pages';
import { expectAccessible, expectNoSideScroll, joinByLink, type Phone } from './helpers/round-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'plenary-vote-e2e';
const QUESTION = 'What would make our neighbourhood greener?';
const IDEAS = [
  ['Plant fruit trees in the school yard', 'A weekly repair café at the library', 'Car-free Sundays on the high street'],
  ['Shared compost bins in every building', 'Solar panels on the sports hall'],
] as const;
/** A table with many ideas: the projector must fit them all, even at 1024×768. */
const MORE_IDEAS = Array.from(
  { length: 12 },
  (_, i) => `Idea ${i + 3} of table 2: a longer proposal about bike lanes, shaded benches and a tool library for everyone`,
);

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** Clicks the control bar's main button (its name says where it leads). */
async function next(consolePage: Page, name: string): Promise<void> {
  await consolePage.getByRole('button', { name, exact: true }).click();
}

/** The text of the idea marked as presented on a page. */
function presented(page: Page): Promise<string> {
  return page.locator('[aria-current="true"]').first().innerText();
}

/** Adds a dot to the item with this text on a phone. */
async function addDot(phone: Phone, text: string): Promise<void> {
  await phone.page.getByRole('button', { name: `Add a dot to: ${text}` }).click();
}

describe('the plenary: restitution and the silent dot vote', () => {
  it('is prepared in the builder, presented table by table with the host paging, voted on phones in silence, revealed, shortlisted and closed', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    await consolePage.setViewportSize(LAPTOP);

    // The builder: only the restitution and the vote, 3 dots, on ideas; a cap above the dots is refused in words.
    const code = await createSession(consolePage, rig.server, [QUESTION], 2, async (page) => {
      const plenary = page.getByTestId('plenary-fields');
      for (const step of ['Workstreams', 'Effort × gain', 'Action plan']) await plenary.getByLabel(step, { exact: true }).uncheck();
      await plenary.getByLabel('Dots per person').fill('3');
      await plenary.getByLabel('Most dots on one item').fill('4');
      await page.getByRole('button', { name: 'Save the session' }).click();
      await plenary.getByText('At most the dots per person.').waitFor();
      await plenary.getByText('Voting on workstreams needs the workstreams step', { exact: false }).waitFor();
      await plenary.getByLabel('Most dots on one item').fill('2');
      await plenary.getByLabel('The ideas (when there are no workstreams)').check();
      await expectAccessible(page, 'builder (plenary section)');
      await page.setViewportSize(PHONE_SMALL);
      await plenary.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)).toBe(false);
      await saveLook(page, 'plenary-builder-360');
      await page.setViewportSize(LAPTOP);
    });
    const sessionId = consolePage.url().split('/').pop() ?? '';

    // Two hosts and four people; everyone seated.
    const hosts: Phone[] = [];
    for (const [i, name] of ['Hana', 'Tomás'].entries()) hosts.push(await joinByLink(rig.browser, await hostLinkOf(consolePage, i + 1), name));
    const voters: Phone[] = [];
    for (const name of ['Amina', 'Bruno', 'Chloé', 'Dev']) voters.push(await joinByLink(rig.browser, `${rig.server.url}/join/${code}`, name));
    for (const phone of [...hosts, ...voters]) rig.contexts.push(phone.context);
    await consolePage.getByRole('button', { name: 'Fill tables' }).click();
    await consolePage.getByRole('status').getByText('4 people seated.').waitFor();

    const projector = await openProjector(rig, consolePage, PROJECTORS[0]);

    // The round, fast: the ideas written through the organiser's own socket.
    await next(consolePage, 'Start');
    await next(consolePage, 'Next: sharing');
    await next(consolePage, 'Next: consolidation');
    const cookie = (await consolePage.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const organiser = new TestClient(rig.server.url, () => ({ sessionId }), { cookie });
    try {
      const view = await organiser.until((v) => v.live.stage.kind === 'phase' && (v.seating?.length ?? 0) === 2);
      for (const [t, texts] of [IDEAS[0], [...IDEAS[1], ...MORE_IDEAS]].entries()) {
        const tableId = view.seating?.[t]?.id ?? '';
        for (const text of texts) {
          const ack = await organiser.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text, sourceNoteIds: [], tableId });
          expect(ack.ok).toBe(true);
        }
      }
    } finally {
      organiser.socket.disconnect();
    }

    // Restitution: table 1 on the projector, its host pages from the phone, the highlight follows everywhere.
    await next(consolePage, 'Next: plenary');
    const restitution = projector.getByTestId('restitution-projector');
    await restitution.getByText(tableName(1)).waitFor();
    await restitution.getByText('Presented by Hana').waitFor();
    await restitution.getByText(IDEAS[0][2]).waitFor();
    await restitution.getByRole('timer').waitFor();
    const hana = hosts[0]!;
    const pager = hana.page.getByTestId('host-pager');
    await pager.getByText('Your table is presenting').waitFor();
    expect(await voters[0]!.page.getByTestId('host-pager').count()).toBe(0);
    await pager.getByRole('button', { name: /Next idea/ }).click();
    await expect.poll(() => presented(projector)).toContain(IDEAS[0][0]);
    await pager.getByRole('button', { name: /Next idea/ }).click();
    await expect.poll(() => presented(projector)).toContain(IDEAS[0][1]);
    await expect.poll(() => presented(voters[0]!.page)).toContain(IDEAS[0][1]);
    await expect.poll(() => presented(consolePage)).toContain(IDEAS[0][1]);
    await expect.poll(() => projector.getByText('Presenting', { exact: true }).count()).toBe(1);

    await expectAccessible(projector, 'projector (restitution)');
    await saveScreen(projector, 'plenary-restitution-projector');
    for (const size of PROJECTORS.slice(1)) {
      await projector.setViewportSize(size);
      await expect.poll(() => projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
      await saveLook(projector, `plenary-restitution-projector-${size.width}x${size.height}`);
    }
    await projector.setViewportSize(PROJECTORS[0]);
    await expectAccessible(hana.page, 'host phone (restitution)');
    await expectAccessible(voters[0]!.page, 'phone (restitution)');
    await expectNoSideScroll([hana, voters[0]!], 'restitution');
    await pager.scrollIntoViewIfNeeded();
    await saveScreen(hana.page, 'plenary-restitution-host-phone');
    await saveLook(voters[0]!.page, 'plenary-restitution-phone-360');
    await consolePage.getByTestId('restitution-console').scrollIntoViewIfNeeded();
    await expectAccessible(consolePage, 'console (restitution)');
    await saveScreen(consolePage, 'plenary-restitution-console');

    // Table 2: the highlight is cleared; its host, not Hana, gets the pager.
    await next(consolePage, 'Next: table 2 presents');
    await restitution.getByText('Presented by Tomás').waitFor();
    await hosts[1]!.page.getByTestId('host-pager').waitFor();
    await expect.poll(() => hana.page.getByTestId('host-pager').count()).toBe(0);
    expect(await projector.locator('[aria-current="true"]').count()).toBe(0);
    // Fourteen ideas: every one on the screen, the type fitted, at every projector size.
    for (const size of PROJECTORS) {
      await projector.setViewportSize(size);
      await expect
        .poll(async () => {
          const box = await restitution.getByText(MORE_IDEAS[MORE_IDEAS.length - 1]!).boundingBox();
          return box !== null && box.y + box.height <= size.height;
        })
        .toBe(true);
      await saveLook(projector, `plenary-restitution-many-${size.width}x${size.height}`);
    }
    await projector.setViewportSize(PROJECTORS[0]);

    // The vote opens with its step: the projector shows the items and the progress only.
    await next(consolePage, 'Next: the vote');
    const voteScreen = projector.getByTestId('vote-projector');
    await voteScreen.getByText('0 of 6 have voted').waitFor();
    for (const texts of IDEAS) for (const text of texts) await voteScreen.getByText(text).waitFor();

    const [amina, bruno, chloe, dev] = voters as [Phone, Phone, Phone, Phone];
    await amina.page.getByTestId('dots-left').getByText('3', { exact: true }).waitFor();
    await addDot(amina, IDEAS[0][0]);
    await addDot(amina, IDEAS[0][0]);
    await addDot(amina, IDEAS[0][0]);
    await amina.page.getByText('At most 2 dots on one item', { exact: false }).waitFor();
    await amina.page.getByTestId('dots-left').getByText('1', { exact: true }).waitFor();
    await addDot(amina, IDEAS[1][0]);
    await amina.page.getByTestId('dots-left').getByText('0', { exact: true }).waitFor();
    await addDot(amina, IDEAS[1][1]);
    await amina.page.getByText('All your 3 dots are placed', { exact: false }).waitFor();

    for (const text of [IDEAS[0][0], IDEAS[0][0], IDEAS[1][0]]) await addDot(bruno, text);
    for (const text of [IDEAS[1][0], IDEAS[1][0], IDEAS[0][2]]) await addDot(chloe, text);
    await addDot(dev, IDEAS[0][1]);
    for (const phone of [amina, bruno, chloe]) await phone.page.getByTestId('dots-left').getByText('0', { exact: true }).waitFor();

    // Silent: three have placed all their dots, and nothing on any screen says how many dots an item has.
    await voteScreen.getByText('3 of 6 have voted').waitFor();
    await consolePage.getByTestId('vote-console').getByText('3 of 6 have voted').waitFor();
    expect(await projector.getByTestId('ranking-chart').count()).toBe(0);
    expect(await consolePage.getByTestId('ranking-chart').count()).toBe(0);
    await expectAccessible(projector, 'projector (vote open)');
    await saveScreen(projector, 'plenary-vote-projector');
    await expectAccessible(amina.page, 'phone (vote)');
    await expectNoSideScroll(voters, 'vote');
    await amina.page.getByTestId('vote-phone').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreen(amina.page, 'plenary-vote-phone');
    await amina.page.getByRole('button', { name: `Add a dot to: ${IDEAS[1][1]}` }).scrollIntoViewIfNeeded();
    await saveLook(amina.page, 'plenary-vote-phone-scrolled-360');
    await amina.page.getByRole('button', { name: 'Français' }).click();
    await amina.page
      .getByText('gommettes restantes', { exact: false })
      .or(amina.page.getByText('gommette restante', { exact: false }))
      .first()
      .waitFor();
    await saveLook(amina.page, 'plenary-vote-phone-fr-360');
    await amina.page.getByRole('button', { name: 'English' }).click();

    // The organiser closes the vote: the ranking appears, ties shown as ties.
    await consolePage.getByRole('button', { name: 'Close the vote and show the results' }).click();
    const chart = projector.getByTestId('ranking-chart');
    await chart.waitFor();
    // 4 dots each for the fruit trees and the compost bins: both first, tied.
    await expect.poll(() => chart.getByText('1. (tie)').count()).toBe(2);
    await chart.getByText('4 dots').first().waitFor();
    // The projector leaves out the items without a dot, and says how many.
    await chart.getByText(`and ${2 + MORE_IDEAS.length - 1} more items`, { exact: false }).waitFor();
    await expectAccessible(projector, 'projector (results)');
    await saveScreen(projector, 'plenary-vote-results-projector');
    for (const size of PROJECTORS.slice(1)) {
      await projector.setViewportSize(size);
      await expect.poll(() => projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
      await saveLook(projector, `plenary-vote-results-projector-${size.width}x${size.height}`);
    }
    await amina.page.getByTestId('ranking-chart').waitFor();

    // The shortlist from the vote, on the console.
    const shortlist = consolePage.getByTestId('shortlist');
    await shortlist.getByRole('button', { name: 'Shortlist from the vote' }).click();
    await shortlist.getByRole('button', { name: `Remove from the shortlist: ${IDEAS[0][0]}` }).waitFor();
    await shortlist.getByRole('button', { name: `Move down: ${IDEAS[0][0]}` }).click();
    await expect.poll(async () => (await shortlist.getByRole('listitem').first().innerText()).includes(IDEAS[1][0])).toBe(true);
    await consolePage.getByTestId('vote-console').scrollIntoViewIfNeeded();
    await expectAccessible(consolePage, 'console (results and shortlist)');
    await saveScreen(consolePage, 'plenary-vote-console');
    await consolePage.setViewportSize(PHONE_SMALL);
    expect(await consolePage.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)).toBe(false);
    await consolePage.setViewportSize(LAPTOP);

    // Closing the café: asked first, final; phones say thanks and what comes next.
    await consolePage.evaluate(() => window.scrollTo(0, 0));
    await next(consolePage, 'Close the session');
    const dialog = consolePage.getByRole('dialog', { name: 'Close the session for good?' });
    await dialog.getByText('This is final', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Close the session' }).click();
    await bruno.page.getByText('The session is over. Thank you!').waitFor();
    await bruno.page.getByTestId('closed-status').getByText('What comes next', { exact: false }).waitFor();
    await expectAccessible(bruno.page, 'phone (closed)');
    await saveScreen(bruno.page, 'plenary-closed-phone');
    await bruno.page.getByRole('button', { name: 'Français' }).click();
    await bruno.page.getByTestId('closed-status').getByText('La suite', { exact: false }).waitFor();
    await saveLook(bruno.page, 'plenary-closed-phone-fr-360');
  });
});
