import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { atStep, moveTo, openPlenaryCafe, type PlenaryCafe } from '@/tests/integration/plenary-cafe';
import { LAPTOP, PROJECTORS, openProjector } from './helpers/looks';
import { column, IDEAS, organiserCookie } from './helpers/plenary-pages';
import { setUpRig } from './helpers/rig';
import { signedInPage } from './helpers/rotation-pages';
import { expectAccessible } from './helpers/round-pages';

const PASSWORD = 'plenary-board-e2e';
const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** An idea's id by its text (`cafe.ideas[table]` holds round 0's, then round 1's). */
function ideaId(cafe: PlenaryCafe, text: string): string {
  for (const [t, rounds] of IDEAS.entries()) {
    const at = rounds.flat().indexOf(text);
    if (at >= 0) return cafe.ideas[t]![at]!;
  }
  throw new Error(`no idea "${text}"`);
}

/** The names of a page's workstreams, in their order. */
const consoleOrder = (page: Page) => page.getByTestId('workstream-column').getByRole('heading', { level: 3 }).allInnerTexts();
const projectorOrder = (page: Page) => page.getByTestId('projector-workstream').getByRole('heading', { level: 3 }).allInnerTexts();
/** The codes of the console's planned actions, in the plan's order. */
const planOrder = (page: Page) => page.getByTestId('action-row').getByLabel('Code', { exact: true }).allInnerTexts();

describe('the organiser reworks the plenary board and the action plan', () => {
  it('renames, merges, splits, reorders and deletes workstreams, filters the board, takes a same idea apart, rates as the organiser and reorders and removes actions, live on the projector', async () => {
    const server = { url: rig.server.url, organiserCookie: await organiserCookie(rig.server.url, PASSWORD) };
    const cafe = await openPlenaryCafe(server, {
      tables: 3,
      phones: 1,
      ideasPerTable: 2,
      ideaText: (t, r, i) => IDEAS[t]![r]![i]!,
      language: 'en',
      plenary: { ratedBy: 'organiser' },
    });
    try {
      const consolePage = await signedInPage(rig, PASSWORD);
      await consolePage.setViewportSize(LAPTOP);
      await consolePage.goto(`${rig.server.url}/console/sessions/${cafe.sessionId}`);
      const projector = await openProjector(rig, consolePage, PROJECTORS[0]);
      await moveTo(cafe, atStep('workstreams'));
      await consolePage.getByText('Plenary · Workstreams', { exact: true }).first().waitFor();

      // A first grouping, quickly through the organiser's socket (the other e2e file groups by hand).
      const create = (name: string, texts: string[]) =>
        ok(
          cafe.organiser.request('workstream:create', {
            commandId: newCommandId(),
            workstreamId: newCommandId(),
            name,
            ideaIds: texts.map((x) => ideaId(cafe, x)),
          }),
        );
      await create('Cyclng', [
        'Safe bike lanes to every school',
        'Protected cycle paths on the main road',
        'Bike parking at the station',
        'Repair café for bicycles',
      ]);
      await create('Buses', ['More buses in the evening', 'Night buses at weekends']);
      await create('Bus passes', ['Free bus passes for teenagers']);
      await create('Greener school', [
        'A vegetable garden in the schoolyard',
        'Trees and shade in the playground',
        'Plant trees along the river',
        'Cooking lessons for pupils',
        'A compost corner for the neighbourhood',
      ]);
      await ok(
        cafe.organiser.request('same-idea:mark', {
          commandId: newCommandId(),
          ideaId: ideaId(cafe, 'Protected cycle paths on the main road'),
          sameAsId: ideaId(cafe, 'Safe bike lanes to every school'),
        }),
      );
      await expect.poll(() => consoleOrder(consolePage)).toEqual(['Not grouped', 'Cyclng', 'Buses', 'Bus passes', 'Greener school']);

      // Rename: the typo fixed, on the console and the projector.
      await consolePage.getByRole('button', { name: 'Rename “Cyclng”' }).click();
      await consolePage.getByLabel('New name', { exact: true }).fill('Cycling');
      await consolePage.getByRole('button', { name: 'Save', exact: true }).click();
      await column(consolePage, 'Cycling').waitFor();
      await projector.getByTestId('projector-workstream').getByRole('heading', { name: 'Cycling', exact: true }).waitFor();
      expect(await projector.getByText('Cyclng', { exact: true }).count()).toBe(0);

      // Merge: "Bus passes" into "Buses"; the projector loses the merged one.
      await consolePage.getByLabel('Pick “Buses” to merge').check();
      await consolePage.getByLabel('Pick “Bus passes” to merge').check();
      const merge = consolePage.getByRole('group', { name: 'Merge workstreams' });
      await merge.getByText('2 workstreams picked to merge').waitFor();
      await merge.getByText('any dots placed on them go back to their voters', { exact: false }).waitFor();
      await expectAccessible(consolePage, 'console (merging workstreams)');
      await merge.getByLabel('Merge into').selectOption({ label: 'Buses' });
      await merge.getByRole('button', { name: 'Merge', exact: true }).click();
      await column(consolePage, 'Buses').getByText('3 ideas', { exact: true }).waitFor();
      await expect.poll(() => consoleOrder(consolePage)).toEqual(['Not grouped', 'Cycling', 'Buses', 'Greener school']);
      await expect.poll(() => projectorOrder(projector)).toEqual(['Cycling', 'Buses', 'Greener school']);

      // Split: two ticked ideas of "Greener school" make a workstream of their own.
      const tick = (text: string) => consolePage.getByLabel(text, { exact: true }).check();
      await tick('Cooking lessons for pupils');
      await tick('A compost corner for the neighbourhood');
      await consolePage.getByLabel('New workstream’s name').fill('Food');
      await consolePage.getByRole('button', { name: 'Create it with the 2 ticked ideas' }).click();
      await column(consolePage, 'Food').getByText('2 ideas', { exact: true }).waitFor();
      await column(consolePage, 'Greener school').getByText('3 ideas', { exact: true }).waitFor();
      await projector.getByTestId('projector-workstream').filter({ hasText: 'Food' }).getByText('Cooking lessons for pupils').waitFor();

      // Reorder: "Food" up, before "Greener school", on both screens.
      await consolePage.getByRole('button', { name: 'Move “Food” up' }).click();
      await expect.poll(() => consoleOrder(consolePage)).toEqual(['Not grouped', 'Cycling', 'Buses', 'Food', 'Greener school']);
      await expect.poll(() => projectorOrder(projector)).toEqual(['Cycling', 'Buses', 'Food', 'Greener school']);
      expect(await consolePage.getByRole('button', { name: 'Move “Cycling” up' }).isDisabled()).toBe(true);

      // Delete: asked first, the dialog says where the ideas and the dots go.
      await consolePage.getByRole('button', { name: 'Delete “Food”' }).click();
      const dialog = consolePage.getByRole('dialog', { name: 'Delete the workstream “Food”?' });
      await dialog.getByText('Its 2 ideas go back to “Not grouped”. Any dots placed on it go back to their voters.').waitFor();
      await expectAccessible(consolePage, 'console (deleting a workstream)');
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await column(consolePage, 'Not grouped').getByText('Cooking lessons for pupils').waitFor();
      await expect.poll(() => projectorOrder(projector)).toEqual(['Cycling', 'Buses', 'Greener school']);

      // The filter: words narrow every list, and say what they hide; a table narrows to its ideas.
      await consolePage.getByLabel('Find ideas').fill('bus');
      await expect.poll(() => column(consolePage, 'Buses').getByTestId('board-idea').count()).toBe(3);
      await column(consolePage, 'Cycling').getByText('No idea here matches the search.').waitFor();
      await column(consolePage, 'Greener school').getByText('3 ideas hidden by the search').waitFor();
      await expectAccessible(consolePage, 'console (board filtered)');
      await consolePage.getByLabel('Find ideas').fill('');
      await consolePage.getByLabel('From the table').selectOption({ index: 3 });
      await expect
        .poll(() => column(consolePage, 'Buses').getByTestId('board-idea').allInnerTexts())
        .toEqual([expect.stringContaining('Night buses at weekends'), expect.stringContaining('Free bus passes for teenagers')]);
      await consolePage.getByLabel('From the table').selectOption({ label: 'All tables' });
      await expect.poll(() => column(consolePage, 'Greener school').getByTestId('board-idea').count()).toBe(3);

      // Take apart: the two cycle ideas are two items again, both still in "Cycling".
      const cycling = column(consolePage, 'Cycling');
      await cycling.getByText('Joined with 1 other idea:').waitFor();
      await cycling.getByRole('button', { name: 'Take apart “Safe bike lanes to every school”' }).click();
      await expect.poll(() => cycling.getByText('Joined with 1 other idea:').count()).toBe(0);
      await expect.poll(() => cycling.getByTestId('board-idea').count()).toBe(4);
      expect(cafe.organiser.view!.plenary!.board!.ideas.every((idea) => idea.sameAsId === null)).toBe(true);

      // The vote through a socket phone; moving on closes it; the shortlist from the vote.
      await moveTo(cafe, atStep('vote'));
      await cafe.organiser.until((v) => v.plenary?.vote.status === 'open');
      const idOf = (name: string) => cafe.organiser.view!.plenary!.board!.workstreams.find((w) => w.name === name)!.id;
      const voter = cafe.phones[0]!.client;
      for (const [name, dots] of [
        ['Cycling', 2],
        ['Buses', 2],
        ['Greener school', 1],
      ] as const)
        await ok(voter.request('vote:set', { commandId: newCommandId(), itemId: idOf(name), dots }));
      await moveTo(cafe, atStep('assessment'));
      await ok(cafe.organiser.request('shortlist:from-vote', { commandId: newCommandId() }));

      // The organiser rates: their gain and effort place the item, at once, on the console and the projector.
      await consolePage.getByText('Rate each shortlisted item: gain and effort, from 1 to 5.', { exact: false }).waitFor();
      const row = consolePage.getByTestId('assessment-row').filter({ hasText: 'Cycling' });
      await row.getByLabel('Gain of “Cycling”').selectOption('5');
      await row.getByLabel('Effort of “Cycling”').selectOption('2');
      await expect.poll(() => consolePage.locator('[data-testid="matrix-dot"][data-quadrant="quick-win"]').count()).toBe(1);
      await projector.getByText('gain 5 · effort 2', { exact: true }).waitFor();
      await expect.poll(() => projector.locator('[data-testid="matrix-dot"][data-quadrant="quick-win"]').count()).toBe(1);
      expect(await projector.getByText('Rating in progress').count()).toBe(0);
      const buses = consolePage.getByTestId('assessment-row').filter({ hasText: 'Buses' });
      await buses.getByLabel('Gain of “Buses”').selectOption('4');
      await buses.getByLabel('Effort of “Buses”').selectOption('5');
      await expect.poll(() => projector.locator('[data-testid="matrix-dot"][data-quadrant="must-have"]').count()).toBe(1);
      await consolePage.getByRole('heading', { name: 'Effort × gain', level: 2 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expectAccessible(consolePage, 'console (the organiser rates)');
      await expectAccessible(projector, 'projector (the organiser’s ratings)');

      // The action plan: three actions, the third moved up, the second removed (asked first).
      await moveTo(cafe, atStep('actions'));
      for (const name of ['Cycling', 'Buses', 'Greener school']) {
        const action = consolePage.getByTestId('action-row').filter({ hasText: name });
        await action.getByRole('button', { name: `Add “${name}” to the plan` }).click();
        await action.getByLabel('Code', { exact: true }).waitFor();
      }
      await expect.poll(() => planOrder(consolePage)).toEqual(['A-01', 'A-02', 'A-03']);
      const roadmap = () => projector.getByTestId('roadmap-action').allInnerTexts();
      await expect.poll(async () => (await roadmap()).length).toBe(3);
      await consolePage.getByRole('button', { name: 'Move A-03 (Greener school) up' }).click();
      await expect.poll(() => planOrder(consolePage)).toEqual(['A-01', 'A-03', 'A-02']);
      await expect.poll(async () => (await roadmap()).map((text) => text.slice(0, 4))).toEqual(['A-01', 'A-03', 'A-02']);
      expect(await consolePage.getByRole('button', { name: 'Move A-01 (Cycling) up' }).isDisabled()).toBe(true);

      await consolePage.getByRole('button', { name: 'Remove A-02 (Buses) from the plan' }).click();
      const remove = consolePage.getByRole('dialog', { name: 'Remove the action A-02 (Buses)?' });
      await remove.getByText('Its code is not given to another action.', { exact: false }).waitFor();
      await expectAccessible(consolePage, 'console (removing an action)');
      await remove.getByRole('button', { name: 'Remove', exact: true }).click();
      await expect.poll(() => planOrder(consolePage)).toEqual(['A-01', 'A-03']);
      await consolePage.getByTestId('action-row').filter({ hasText: 'Buses' }).getByText('Not in the plan yet').waitFor();
      await expect.poll(async () => (await roadmap()).map((text) => text.slice(0, 4))).toEqual(['A-01', 'A-03']);
      await expectAccessible(projector, 'projector (roadmap after a removal)');
    } finally {
      cafe.close();
    }
  });
});
