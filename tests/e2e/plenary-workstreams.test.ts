import { describe, expect, it } from 'vitest';
import { participantTokenKey } from '@/lib/realtime/contract';
import { ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { atStep, joinPhone, moveTo, openPlenaryCafe } from '@/tests/integration/plenary-cafe';
import { hasHorizontalScroll, newPhone } from './helpers/browser';
import { LAPTOP, PHONE_SMALL, PROJECTORS, openProjector } from './helpers/looks';
import { column, IDEAS, organiserCookie, projectorLooks } from './helpers/plenary-pages';
import { setUpRig } from './helpers/rig';
import { signedInPage } from './helpers/rotation-pages';
import { expectAccessible } from './helpers/round-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'plenary-workstreams-e2e';
const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

describe('the plenary from the workstreams to the action plan', () => {
  it('groups ideas with the keyboard (and a drag), accepts a suggested group, rates, moves an item on the matrix and fills in an action, live on the projector', async () => {
    const server = { url: rig.server.url, organiserCookie: await organiserCookie(rig.server.url, PASSWORD) };
    const cafe = await openPlenaryCafe(server, { tables: 3, phones: 1, ideasPerTable: 2, ideaText: (t, r, i) => IDEAS[t]![r]![i]!, language: 'en' });
    try {
      // Amina joined during the café (through a socket, as a phone that joined earlier), and her phone is a real page.
      const joined = await joinPhone(server, cafe.code, 'Amina');
      joined.client.close();
      const amina = await newPhone(rig.browser);
      rig.contexts.push(amina.context);
      await amina.page.goto(`${rig.server.url}/join/${cafe.code}`);
      await amina.page.evaluate(([key, token]) => localStorage.setItem(key!, token!), [participantTokenKey(cafe.code), joined.token]);
      await amina.page.reload();
      await amina.page.getByText('You are Amina').waitFor();
      const consolePage = await signedInPage(rig, PASSWORD);
      await consolePage.setViewportSize(LAPTOP);
      await consolePage.goto(`${rig.server.url}/console/sessions/${cafe.sessionId}`);
      const projector = await openProjector(rig, consolePage, PROJECTORS[0]);

      // Past the restitution (the other panels' business) to the workstreams.
      await moveTo(cafe, atStep('workstreams'));
      await consolePage.getByRole('heading', { name: 'Workstreams', level: 2 }).waitFor();
      await projector.getByText('The workstreams are being formed…').waitFor();
      await expect.poll(() => column(consolePage, 'Not grouped').getByTestId('board-idea').count()).toBe(12);

      // A workstream made of ticked ideas, with the keyboard only.
      const tick = async (text: string) => {
        await consolePage.getByLabel(text, { exact: true }).focus();
        await consolePage.keyboard.press('Space');
      };
      await tick('Safe bike lanes to every school');
      await tick('Bike parking at the station');
      await consolePage.getByText('2 ideas ticked').waitFor();
      await consolePage.getByLabel('New workstream’s name').fill('Cycling');
      await consolePage.keyboard.press('Enter');
      await column(consolePage, 'Cycling').getByText('Bike parking at the station').waitFor();

      // A second one, created empty, then filled with "Move to…".
      await consolePage.getByLabel('New workstream’s name').fill('Buses');
      await consolePage.getByRole('button', { name: 'Create the workstream' }).click();
      await column(consolePage, 'Buses').getByText('No idea here yet', { exact: false }).waitFor();
      await tick('More buses in the evening');
      await tick('Night buses at weekends');
      await consolePage.getByLabel('Move to…').selectOption({ label: 'Buses' });
      await consolePage.getByRole('button', { name: 'Move', exact: true }).click();
      await expect.poll(() => column(consolePage, 'Buses').getByTestId('board-idea').count()).toBe(2);

      // Two tables said the same thing: one item, its lineage shown, in the first one's workstream.
      await tick('Safe bike lanes to every school');
      await tick('Protected cycle paths on the main road');
      await consolePage.getByRole('button', { name: 'Same idea', exact: true }).click();
      const lineage = column(consolePage, 'Cycling').getByTestId('board-idea').filter({ hasText: 'Joined with 1 other idea' });
      await lineage.getByText('Protected cycle paths on the main road').waitFor();
      await column(consolePage, 'Cycling').getByText('3 ideas', { exact: true }).waitFor();

      // With the mouse: a drag onto a list moves the idea.
      await column(consolePage, 'Not grouped').getByTestId('board-idea').filter({ hasText: 'Repair café for bicycles' }).dragTo(column(consolePage, 'Cycling'));
      await column(consolePage, 'Cycling').getByText('Repair café for bicycles').waitFor();

      // A suggested group, accepted: it becomes a workstream with its ideas.
      await consolePage.getByRole('button', { name: 'Suggest groups' }).click();
      const proposal = consolePage.getByRole('textbox', { name: 'Proposed group 1' });
      await proposal.waitFor();
      const suggested = await proposal.inputValue();
      await consolePage
        .getByRole('button', { name: /^Accept \(/ })
        .first()
        .click();
      await column(consolePage, suggested).waitFor();
      expect(await column(consolePage, suggested).getByTestId('board-idea').count()).toBeGreaterThanOrEqual(2);

      // The projector shows them forming.
      const onProjector = projector.getByTestId('projector-workstream');
      await expect.poll(() => onProjector.count()).toBe(3);
      await onProjector.filter({ hasText: 'Cycling' }).getByText('4', { exact: true }).waitFor();
      await onProjector.filter({ hasText: 'Buses' }).getByText('Night buses at weekends').waitFor();

      await consolePage.getByRole('heading', { name: 'Workstreams', level: 2 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expectAccessible(consolePage, 'console (workstreams)');
      await saveScreen(consolePage, 'plenary-workstreams-console');
      await expectAccessible(projector, 'projector (workstreams)');
      await projectorLooks(projector, 'plenary-workstreams-projector');

      // The vote, quickly through a socket phone; moving on closes it; the shortlist from the vote.
      await moveTo(cafe, atStep('vote'));
      const workstreams = cafe.organiser.view!.plenary!.board!.workstreams;
      const idOf = (name: string) => workstreams.find((w) => w.name === name)!.id;
      await cafe.organiser.until((v) => v.plenary?.vote.status === 'open');
      const voter = cafe.phones[0]!.client;
      await ok(voter.request('vote:set', { commandId: newCommandId(), itemId: idOf('Cycling'), dots: 2 }));
      await ok(voter.request('vote:set', { commandId: newCommandId(), itemId: idOf('Buses'), dots: 2 }));
      await ok(voter.request('vote:set', { commandId: newCommandId(), itemId: idOf(suggested), dots: 1 }));
      await moveTo(cafe, atStep('assessment'));
      await ok(cafe.organiser.request('shortlist:from-vote', { commandId: newCommandId() }));

      // Amina rates two items on her phone; the projector says people are rating, with no figure.
      await amina.page.getByRole('heading', { name: 'Rate the shortlisted items' }).waitFor();
      await amina.page.getByText('Rated 0 of 3').waitFor();
      const rate = async (n: number, gain: number, effort: number) => {
        const item = amina.page.getByTestId('rating-item').nth(n);
        await item
          .getByRole('group', { name: /^Gain/ })
          .getByRole('radio', { name: String(gain) })
          .check();
        await item.getByText('Pick the other one too to save.').waitFor();
        await item
          .getByRole('group', { name: /^Effort/ })
          .getByRole('radio', { name: String(effort) })
          .check();
        await item.getByText('✓ Saved').waitFor();
      };
      await rate(0, 5, 2);
      await rate(1, 4, 4);
      await amina.page.getByText('Rated 2 of 3').waitFor();
      await amina.page.getByRole('heading', { name: 'Rate the shortlisted items' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expectAccessible(amina.page, 'phone (rating)');
      expect(await hasHorizontalScroll(amina.page), 'the rating phone scrolls sideways').toBe(false);
      await saveScreen(amina.page, 'plenary-assessment-phone');
      // Taking a rating back.
      const third = amina.page.getByTestId('rating-item').nth(2);
      await third.getByRole('group', { name: /^Gain/ }).getByRole('radio', { name: '3' }).check();
      await third
        .getByRole('group', { name: /^Effort/ })
        .getByRole('radio', { name: '1' })
        .check();
      await amina.page.getByText('Rated 3 of 3').waitFor();
      await third.getByRole('button', { name: 'Take back my rating' }).click();
      await amina.page.getByText('Rated 2 of 3').waitFor();
      await amina.page.getByRole('button', { name: 'Français' }).click();
      await amina.page.getByText('2 noté(s) sur 3').waitFor();
      await saveScreen(amina.page, 'plenary-assessment-phone-fr');
      await amina.page.getByRole('button', { name: 'English' }).click();
      for (const [i, host] of cafe.hosts.entries())
        for (const itemId of cafe.organiser.view!.plenary!.shortlist)
          await ok(host.client.request('rating:set', { commandId: newCommandId(), itemId, rating: { gain: 2 + i, effort: 1 + i } }));
      await projector.getByText('Rating in progress').waitFor();
      await projector.getByText(/^3 of \d+ have rated$/).waitFor();
      expect(await projector.getByText(/^gain [\d.]+ · effort [\d.]+$/).count()).toBe(0);
      await expectAccessible(projector, 'projector (rating in progress)');
      await projectorLooks(projector, 'plenary-matrix-projector-rating');

      // The organiser moves "Buses" to "Not now" with the keyboard: marked as moved, on the matrix too.
      const buses = consolePage.getByTestId('assessment-row').filter({ hasText: 'Buses' });
      await buses.getByLabel('Quadrant of “Buses”').selectOption('not-now');
      await buses.getByText('Moved by hand').waitFor();
      await expect.poll(() => consolePage.locator('[data-testid="matrix-dot"][data-overridden="true"][data-quadrant="not-now"]').count()).toBe(1);
      await consolePage.getByRole('heading', { name: 'Effort × gain', level: 2 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expectAccessible(consolePage, 'console (effort × gain)');
      await saveScreen(consolePage, 'plenary-assessment-console');

      // The action plan: the matrix revealed on the projector until the first action is written.
      await moveTo(cafe, atStep('actions'));
      await projector
        .getByText(/^gain [\d.]+ · effort [\d.]+$/)
        .first()
        .waitFor();
      await expect.poll(() => projector.locator('[data-testid="matrix-dot"][data-overridden="true"]').count()).toBe(1);
      await projectorLooks(projector, 'plenary-matrix-projector');
      const cycling = consolePage.getByTestId('action-row').filter({ hasText: 'Cycling' });
      await cycling.getByRole('button', { name: 'Add “Cycling” to the plan' }).click();
      await cycling.getByText('A-01', { exact: true }).waitFor();
      await cycling.getByLabel('Owner of “Cycling”').fill('Mobility team');
      await consolePage.keyboard.press('Tab');
      await cycling.getByText('Saved', { exact: true }).waitFor();
      await cycling.getByLabel('When for “Cycling”').selectOption('short');
      await cycling.getByLabel('Objective of “Cycling”').fill('10 km of protected lanes by June');
      await consolePage.keyboard.press('Tab');
      await cycling.getByLabel('Status of “Cycling”').selectOption('agreed');
      const roadmap = projector.getByTestId('roadmap-action').filter({ hasText: 'A-01' });
      await roadmap.getByText('Owner: Mobility team').waitFor();
      await roadmap.getByText('Agreed').waitFor();
      await roadmap.getByText('10 km of protected lanes by June').waitFor();
      await projector.getByRole('heading', { name: 'Short term' }).waitFor();
      // A second item planned, with a date.
      const buses2 = consolePage.getByTestId('action-row').filter({ hasText: 'Buses' });
      await buses2.getByRole('button', { name: 'Add “Buses” to the plan' }).click();
      await buses2.getByText('A-02', { exact: true }).waitFor();
      await buses2.getByLabel('When for “Buses”').selectOption('date');
      await buses2.getByLabel('Deadline of “Buses”').fill('2026-09-30');
      await projector.getByRole('heading', { name: 'With a date' }).waitFor();
      await consolePage.getByRole('heading', { name: 'Action plan', level: 2 }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expectAccessible(consolePage, 'console (action plan)');
      await saveScreen(consolePage, 'plenary-actions-console');
      await expectAccessible(projector, 'projector (roadmap)');
      await projectorLooks(projector, 'plenary-actions-projector');
      await consolePage.setViewportSize(PHONE_SMALL);
      expect(await hasHorizontalScroll(consolePage), 'the action plan scrolls sideways at 360 px').toBe(false);
    } finally {
      cafe.close();
    }
  });
});
