import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll } from './helpers/browser';
import { LAPTOP, PHONE_SMALL, saveLook } from './helpers/looks';
import { setUpRig } from './helpers/rig';
import { createSession, signedInPage } from './helpers/rotation-pages';
import { expectAccessible, joinByLink } from './helpers/round-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'console-controls-e2e';
const QUESTION = 'What makes a neighbourhood feel like home?';

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** The top of an element on the page (scrolled to the top). */
async function topOf(page: Page, name: string, level: number): Promise<number> {
  const box = await page.getByRole('heading', { name, level, exact: true }).boundingBox();
  if (!box) throw new Error(`no heading "${name}"`);
  return box.y + (await page.evaluate(() => window.scrollY));
}

describe('the console from the lobby to the close', () => {
  it('shows the tables first, says what comes next, asks before closing for good, and freezes seats and ideas after', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    await consolePage.setViewportSize(LAPTOP);
    const code = await createSession(consolePage, rig.server, [QUESTION], 1);
    const amina = await joinByLink(rig.browser, `${rig.server.url}/join/${code}`, 'Amina');
    rig.contexts.push(amina.context);

    // The tables come before the people's list, which folds.
    expect(await topOf(consolePage, 'Tables', 2)).toBeLessThan(await topOf(consolePage, 'Participants', 2));
    const list = consolePage.getByRole('group').filter({ has: consolePage.getByText('Who joined (1)') });
    await consolePage.getByText('Who joined (1)').click();
    await expect.poll(() => list.getByText('Amina', { exact: true }).isVisible()).toBe(false);
    await consolePage.getByText('Who joined (1)').click();
    await list.getByText('Amina', { exact: true }).waitFor();

    // "1 person seated." answers the click, and is gone once the session moves on.
    await consolePage.getByRole('button', { name: 'Fill tables' }).click();
    await consolePage.getByRole('status').getByText('1 person seated.').waitFor();
    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    await consolePage.getByText('Round 1 of 1 · Reflection', { exact: true }).first().waitFor();
    await expect.poll(() => consolePage.getByText('1 person seated.').count()).toBe(0);

    // "Next" says what comes next, all the way to the plenary's last step.
    await consolePage.getByRole('heading', { name: 'Tables', level: 2 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expectAccessible(consolePage, 'console (reflection)');
    await consolePage.evaluate(() => window.scrollTo(0, 0));
    for (const label of [
      'Next: sharing',
      'Next: consolidation',
      'Next: plenary',
      'Next: workstreams',
      'Next: the vote',
      'Next: effort × gain',
      'Next: action plan',
    ]) {
      await consolePage.getByRole('button', { name: label, exact: true }).click();
    }

    // From the last step, closing asks first and says it is final.
    const close = consolePage.getByRole('button', { name: 'Close the session', exact: true });
    await close.click();
    const dialog = consolePage.getByRole('dialog', { name: 'Close the session for good?' });
    await dialog.getByText('This is final: the session cannot be reopened.', { exact: false }).waitFor();
    await expectAccessible(consolePage, 'console close confirmation');
    await saveScreen(consolePage, 'console-close');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Still open ("Closed" alone would also match the doors' choice on the console).
    expect(await close.isVisible()).toBe(true);
    // The phone and the console name the plenary's step.
    await amina.page.getByTestId('plenary-status').getByText('The action plan is being drawn up', { exact: true }).waitFor();
    await consolePage.getByText('Plenary · Action plan', { exact: true }).first().waitFor();

    // The same in French.
    await consolePage.getByRole('button', { name: 'Français' }).click();
    await consolePage.getByRole('button', { name: 'Clore la session', exact: true }).click();
    const dialogFr = consolePage.getByRole('dialog', { name: 'Clore la session pour de bon ?' });
    await dialogFr.getByText('C’est définitif', { exact: false }).waitFor();
    await saveLook(consolePage, 'console-close-fr-1280x720');
    await dialogFr.getByRole('button', { name: 'Annuler' }).click();
    await consolePage.getByRole('heading', { name: 'Tables', level: 2 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveLook(consolePage, 'console-board-fr-1280x720');
    await consolePage.getByRole('button', { name: 'English' }).click();
    await consolePage.evaluate(() => window.scrollTo(0, 0));

    await close.click();
    await dialog.getByRole('button', { name: 'Close the session' }).click();
    await expect.poll(() => close.count()).toBe(0);
    await amina.page.getByText('The session is over. Thank you!').waitFor();

    // Closed: where people sat and what the tables made are shown, no longer changed.
    await expect.poll(() => consolePage.getByRole('combobox', { name: 'Table for Amina' }).isDisabled()).toBe(true);
    expect(await consolePage.getByRole('button', { name: 'Fill tables' }).isDisabled()).toBe(true);
    await consolePage.getByRole('button', { name: 'Open Table 1 — Red' }).click();
    const detail = consolePage.locator('#table-detail');
    await detail.getByRole('heading', { name: 'Ideas of the table' }).waitFor();
    expect(await detail.getByRole('combobox', { name: /^Host of / }).isDisabled()).toBe(true);
    expect(await detail.getByRole('button', { name: 'Merge into an idea' }).count()).toBe(0);
    expect(await detail.getByRole('button', { name: 'New idea' }).count()).toBe(0);
    await expectAccessible(consolePage, 'console (closed)');
    await saveLook(consolePage, 'console-closed-1280x720');
    await consolePage.setViewportSize(PHONE_SMALL);
    expect(await hasHorizontalScroll(consolePage), 'the console scrolls sideways at 360 px').toBe(false);
  });
});
