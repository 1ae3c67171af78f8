import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll } from './helpers/browser';
import { setUpRig } from './helpers/rig';
import { expectAccessible, expectNoSideScroll, joinByLink, type Phone } from './helpers/round-pages';
import { createSession, figuresText, hostLinkOf, plannedTableOf, signedInPage, tableName } from './helpers/rotation-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'rotation-e2e';
const QUESTIONS = ['What makes a neighbourhood feel like home?', 'What could we start next month?'];
const HOSTS = ['Hélène', 'Hugo', 'Inès'];
/** Each mover and the table its table link seats it at for round 1. */
const MOVERS = [
  ['Amina', 1],
  ['Bruno', 1],
  ['Chloé', 2],
  ['Dara', 3],
] as const;

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** Moves the session on ("Next: …"), waiting for each stage's name on the console. */
async function nextThrough(consolePage: Page, stages: readonly string[]) {
  for (const stage of stages) {
    await consolePage.getByRole('button', { name: /^Next: / }).click();
    await consolePage.getByText(stage, { exact: true }).first().waitFor();
  }
}

describe('a rotation in real browsers', () => {
  it('previews, swaps, applies and checks everyone in at their new table', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const code = await createSession(consolePage, rig.server, QUESTIONS, 3, async (builder) => {
      // The builder says what the rotation can do with these numbers, before anyone comes.
      const limits = builder.getByTestId('planner-limits');
      await builder.getByLabel('Expected participants (hosts included)').fill('30');
      await limits.getByText('With 3 tables, 30 people cannot all meet new people in 2 rounds: 48 pairs will meet twice.').waitFor();
      await limits.getByText('Add 3 tables for zero.').waitFor();
      await builder.getByLabel('Expected participants (hosts included)').fill('7');
      await limits.getByText('Everyone meets new people in every round.').waitFor();
      await expectAccessible(builder, 'builder with the mixing limits');
    });

    // Hosts by their host links, movers by their table's link.
    const hosts: Phone[] = [];
    for (const [i, name] of HOSTS.entries()) hosts.push(await joinByLink(rig.browser, await hostLinkOf(consolePage, i + 1), name));
    const movers = new Map<string, Phone>();
    for (const [name, table] of MOVERS) movers.set(name, await joinByLink(rig.browser, `${rig.server.url}/t/${code}/${table}`, name));
    rig.contexts.push(...hosts.map((h) => h.context), ...[...movers.values()].map((m) => m.context));
    const phone = (name: string) => movers.get(name)!.page;
    await consolePage.getByText('3 people — ').waitFor();

    // Round 1, then the rotation stage.
    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    await consolePage.getByText('Round 1 of 2 · Reflection', { exact: true }).first().waitFor();
    await nextThrough(consolePage, ['Round 1 of 2 · Sharing', 'Round 1 of 2 · Consolidation', 'Rotation after round 1']);

    // The preview: seating table by table, figures next to the bound.
    const panel = consolePage.getByRole('region', { name: 'Rotation to round 2' });
    await panel.getByRole('button', { name: 'Preview the rotation' }).click();
    await panel.getByTestId('mixing-figures').waitFor();
    expect(await figuresText(consolePage)).toContain('No pair meets twice');
    expect(await figuresText(consolePage)).toContain('Nobody comes back to a table');
    expect(await figuresText(consolePage)).toContain('best possible: 0');
    await expect.poll(() => panel.getByTestId('planned-table').count()).toBe(3);
    for (const host of HOSTS) await panel.getByText(`Host: ${host}`).waitFor();
    await expectAccessible(consolePage, 'console rotation preview');
    await panel.scrollIntoViewIfNeeded();
    await saveScreen(consolePage, 'rotation-preview');
    await consolePage.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(consolePage), 'the console scrolls sideways at 360 px').toBe(false);
    await consolePage.setViewportSize({ width: 1280, height: 900 });

    // Swap Amina with the person planned at her round-1 table: she would come back to it — the figures say so.
    const sentToTableOne = (await Promise.all(MOVERS.map(async ([name]) => [name, await plannedTableOf(consolePage, name)] as const))).find(
      ([, t]) => t === 1,
    )![0];
    const aminaPlanned = await plannedTableOf(consolePage, 'Amina');
    await panel.getByRole('button', { name: 'Swap Amina', exact: true }).click();
    await panel.getByText('Now pick the person to swap with Amina.').waitFor();
    await panel.getByRole('button', { name: `Swap Amina with ${sentToTableOne}` }).click();
    await panel.getByText(`Amina and ${sentToTableOne} swapped.`).waitFor();
    await expect.poll(() => plannedTableOf(consolePage, 'Amina')).toBe(1);
    await expect.poll(() => plannedTableOf(consolePage, sentToTableOne)).toBe(aminaPlanned);
    await expect.poll(() => figuresText(consolePage)).toContain('1 return to a table already visited');
    expect(await figuresText(consolePage)).toContain('could be better');
    // …and back.
    await panel.getByRole('button', { name: 'Swap Amina', exact: true }).click();
    await panel.getByRole('button', { name: `Swap Amina with ${sentToTableOne}` }).click();
    await expect.poll(() => figuresText(consolePage)).toContain('Nobody comes back to a table');
    const destination = new Map<string, number>();
    for (const [name] of MOVERS) destination.set(name, await plannedTableOf(consolePage, name));

    // Apply, confirmed.
    await panel.getByRole('button', { name: 'Apply: send everyone to their table' }).click();
    await consolePage.getByRole('dialog', { name: 'Apply this seating?' }).getByRole('button', { name: 'Apply the seating' }).click();
    await panel.getByText('0 of 4 people at their new table').waitFor();

    // Every phone shows where to go, big.
    for (const [name] of MOVERS)
      await phone(name)
        .getByRole('heading', { name: `Go to ${tableName(destination.get(name)!)}` })
        .waitFor();
    await expectAccessible(phone('Amina'), 'phone destination');
    await expectNoSideScroll([...movers.values()], 'destination');
    await saveScreen(phone('Amina'), 'phone-destination');

    // Amina scans her table's QR: checked in.
    await phone('Amina').goto(`${rig.server.url}/t/${code}/${destination.get('Amina')}`);
    await phone('Amina')
      .getByRole('heading', { name: `You’re at ${tableName(destination.get('Amina')!)} — welcome` })
      .waitFor();

    // Bruno scans another table's QR: refused, pointed to his.
    const brunoTable = destination.get('Bruno')!;
    const wrong = brunoTable === 1 ? 2 : 1;
    await phone('Bruno').goto(`${rig.server.url}/t/${code}/${wrong}`);
    await phone('Bruno')
      .getByRole('alert')
      .getByText(`This is table ${wrong}. Your table is ${tableName(brunoTable)}.`)
      .waitFor();
    await phone('Bruno')
      .getByRole('heading', { name: `Go to ${tableName(brunoTable)}` })
      .waitFor();
    await expectAccessible(phone('Bruno'), 'phone at the wrong table');

    // Chloé taps "I'm here".
    await phone('Chloé').getByRole('button', { name: 'I’m here' }).click();
    await phone('Chloé')
      .getByRole('heading', { name: `You’re at ${tableName(destination.get('Chloé')!)} — welcome` })
      .waitFor();

    // The console counts the check-ins, per table too; the host sees who is on the way.
    await panel.getByText('2 of 4 people at their new table').waitFor();
    const brunoCard = panel.getByTestId('planned-table').nth(brunoTable - 1);
    await expect.poll(() => brunoCard.getByRole('listitem').filter({ hasText: 'Bruno' }).innerText()).toContain('on the way');
    const aminaCard = panel.getByTestId('planned-table').nth(destination.get('Amina')! - 1);
    await expect.poll(() => aminaCard.getByRole('listitem').filter({ hasText: 'Amina' }).innerText()).toContain('here');
    // The tables board too: Bruno is listed at his new table as on the way, not as seated.
    const boardCard = consolePage
      .getByRole('region', { name: 'Tables', exact: true })
      .getByRole('listitem')
      .filter({ has: consolePage.getByRole('heading', { name: tableName(brunoTable), exact: true }) });
    await expect.poll(() => boardCard.innerText()).toMatch(/on the way — [^\n]*Bruno/);
    const brunoHost = hosts[brunoTable - 1]!.page;
    await brunoHost
      .getByRole('region', { name: 'Coming to your table' })
      .getByRole('listitem')
      .filter({ hasText: 'Bruno' })
      .getByText('on their way')
      .waitFor();

    // The projector: find your table, and how many are still looking.
    const projectorHref = await consolePage.getByRole('link', { name: /Open projector/ }).getAttribute('href');
    const projectorContext = await rig.browser.newContext({ viewport: { width: 1280, height: 720 } });
    rig.contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    await projector.goto(projectorHref!);
    await projector.getByRole('heading', { name: 'Find your new table on your phone' }).waitFor();
    await expect.poll(() => projector.getByTestId('still-moving').innerText()).toMatch(/2\s*people still finding their table/);
    await expectAccessible(projector, 'projector rotation');
    await saveScreen(projector, 'projector-rotation');
    await phone('Dara').getByRole('button', { name: 'I’m here' }).click();
    await expect.poll(() => projector.getByTestId('still-moving').innerText()).toMatch(/1\s*person still finding their table/);
  });
});

describe('round 1 seating planned in the lobby', () => {
  it('sends people who joined without a table to their first table', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const code = await createSession(consolePage, rig.server, QUESTIONS, 2);
    const hosts = [
      await joinByLink(rig.browser, await hostLinkOf(consolePage, 1), 'Host one'),
      await joinByLink(rig.browser, await hostLinkOf(consolePage, 2), 'Host two'),
    ];
    const people = [
      await joinByLink(rig.browser, `${rig.server.url}/join/${code}`, 'Elio'),
      await joinByLink(rig.browser, `${rig.server.url}/join/${code}`, 'Fanny'),
    ];
    rig.contexts.push(...[...hosts, ...people].map((p) => p.context));
    await people[0]!.page.getByRole('heading', { name: 'You don’t have a table yet' }).waitFor();

    const panel = consolePage.getByRole('region', { name: 'Seating for round 1' });
    // A seating wish from the form, listed in words.
    const wishes = panel.getByTestId('seating-wishes');
    await wishes.getByRole('button', { name: 'Add a wish' }).click();
    await wishes.getByLabel('First person').selectOption({ label: 'Elio' });
    await wishes.getByLabel('Second person').selectOption({ label: 'Fanny' });
    await wishes.getByRole('button', { name: 'Add the wish' }).click();
    await wishes.getByRole('listitem').filter({ hasText: 'Keep Elio and Fanny apart in every round' }).waitFor();
    await expectAccessible(consolePage, 'console seating wishes');
    await wishes.getByRole('button', { name: 'Done' }).click();
    await panel.getByLabel('No pair meets more than twice').check();
    await panel.getByRole('button', { name: 'Preview the rotation' }).click();
    // The planner answers from its own thread (started on demand): wait for the preview, then count its tables.
    await panel.getByTestId('planned-table').first().waitFor();
    await expect.poll(() => panel.getByTestId('planned-table').count()).toBe(2);
    const elio = await plannedTableOf(consolePage, 'Elio');
    await panel.getByRole('button', { name: 'Apply: send everyone to their table' }).click();
    await consolePage.getByRole('dialog', { name: 'Apply this seating?' }).getByRole('button', { name: 'Apply the seating' }).click();

    const phone = people[0]!.page;
    await phone.getByRole('heading', { name: `Go to ${tableName(elio)}` }).waitFor();
    const host = hosts[elio - 1]!.page;
    await host.getByRole('region', { name: 'Coming to your table' }).getByRole('listitem').filter({ hasText: 'Elio' }).getByText('on their way').waitFor();
    await phone.getByRole('button', { name: 'I’m here' }).click();
    await phone.getByRole('heading', { name: `You’re at ${tableName(elio)} — welcome` }).waitFor();
    await panel.getByText('1 of 2 people at their new table').waitFor();
    // Everyone expected at the host's table has arrived: the usual roster again.
    await host.getByRole('region', { name: 'At this table' }).getByText('Elio').waitFor();
  });
});
