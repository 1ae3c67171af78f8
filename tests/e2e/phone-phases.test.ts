import { describe, expect, it } from 'vitest';
import type { Page, WebSocketRoute } from 'playwright-core';
import { LAPTOP, newTallPhone, openProjector, PHONE_SMALL, PHONE_TALL, saveLook } from './helpers/looks';
import { setUpRig } from './helpers/rig';
import { createSession, hostLinkOf, signedInPage } from './helpers/rotation-pages';
import { expectAccessible, expectNoSideScroll, writeNote, type Phone } from './helpers/round-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'phone-phases-e2e';
/** About 150 characters, as French questions often are. */
const QUESTION =
  'Quelles initiatives concrètes pourrions-nous lancer dès le mois prochain pour que chacun se sente chez soi dans le quartier, quel que soit son âge ?';
const NOTES = { Amina: 'Shared gardens in every courtyard', Bruno: 'Street parties twice a year', Chloé: 'A bench by the bakery' } as const;
const NAMES = ['Amina', 'Bruno', 'Chloé'] as const;

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/**
 * Commands the page sends over its WebSocket pass through, except `idea:add` while `hold` is on:
 * those wait in `held` until released — an idea "being saved" for as long as the test needs.
 */
type Gate = { hold: boolean; held: string[]; release(): void };

async function joinTall(url: string, name: string, gate?: Gate): Promise<Phone> {
  const { context, page } = await newTallPhone(rig);
  if (gate) {
    let server: WebSocketRoute | null = null;
    gate.release = () => {
      gate.hold = false;
      for (const frame of gate.held.splice(0)) server?.send(frame);
    };
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      server = ws.connectToServer();
      ws.onMessage((message) => {
        const frame = String(message);
        if (gate.hold && frame.includes('"idea:add"')) gate.held.push(frame);
        else server?.send(frame);
      });
    });
  }
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the session' }).click();
  await page.getByText(`You are ${name}`).waitFor();
  return { name, page, context };
}

/** An element's box in the viewport; whether all of it is on screen now. */
async function onScreen(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

const scrollToEnd = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

/** The host's list of notes to merge, top to bottom. */
const notesListed = (host: Page) =>
  host.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('li')?.querySelector('label span')?.textContent));

describe('a phone through the phases, at 390 × 844', () => {
  it('puts the task first under a compact timer, keeps the host’s controls in reach, and says one thing between rounds', async () => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const code = await createSession(consolePage, rig.server, [QUESTION, 'What could we start next month?'], 1);
    const gate: Gate = { hold: false, held: [], release: () => undefined };
    const host = await joinTall(await hostLinkOf(consolePage, 1), 'Hélène', gate);
    const people: Phone[] = [];
    for (const name of NAMES) people.push(await joinTall(`${rig.server.url}/t/${code}/1`, name));
    const [amina, bruno, chloe] = people as [Phone, Phone, Phone];
    await consolePage.getByText('4 people — ').waitFor();
    // Bruno reads French.
    await bruno.page.getByRole('button', { name: 'Français' }).click();
    await bruno.page.getByText('Vous êtes Bruno').waitFor();

    // Reflection: the note field is on the first screen, under the question; the timer stays on screen.
    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    const noteField = amina.page.getByLabel('New note');
    await noteField.waitFor();
    await scrollToTop(amina.page);
    expect(await onScreen(amina.page, noteField), 'the note field is on the first screen').toBe(true);
    expect(await onScreen(amina.page, amina.page.locator('#current-question'))).toBe(true);
    const timer = amina.page.getByTestId('stage-bar').getByRole('timer');
    expect(await onScreen(amina.page, timer)).toBe(true);
    for (const phone of people) {
      const text = NOTES[phone.name as keyof typeof NOTES];
      if (phone === bruno) {
        await bruno.page.getByLabel('Nouvelle note').fill(text);
        await bruno.page.getByRole('button', { name: 'Ajouter la note' }).click();
      } else {
        await writeNote(phone.page, text);
      }
      await phone.page.getByText(phone === bruno ? 'Envoyée' : 'Sent', { exact: true }).waitFor();
    }
    await writeNote(amina.page, 'A tool library in the basement');
    await expect.poll(() => amina.page.getByText('Sent', { exact: true }).count()).toBe(2);
    await scrollToTop(amina.page);
    await expectAccessible(amina.page, 'phone in the reflection');
    await saveScreen(amina.page, 'phone-reflection');
    await saveLook(amina.page, 'phone-reflection-360', PHONE_SMALL);
    await scrollToTop(bruno.page);
    await expectAccessible(bruno.page, 'phone in the reflection (French)');
    await saveLook(bruno.page, 'phone-reflection-fr-390x844');
    await saveLook(bruno.page, 'phone-reflection-fr-360', PHONE_SMALL);
    await scrollToEnd(amina.page);
    expect(await onScreen(amina.page, timer), 'the timer stays on screen when scrolling').toBe(true);
    await saveLook(amina.page, 'phone-reflection-scrolled-390x844');
    await expectNoSideScroll(people, 'reflection');

    // Sharing: the host's "Next speaker" and "Skip" stay within reach, however far the host scrolls.
    await consolePage.getByRole('button', { name: 'Next: sharing' }).click();
    const next = host.page.getByRole('button', { name: 'Next speaker' });
    await next.waitFor();
    for (const at of [scrollToTop, scrollToEnd]) {
      await at(host.page);
      expect(await onScreen(host.page, next)).toBe(true);
      expect(await onScreen(host.page, host.page.getByRole('button', { name: 'Skip' }))).toBe(true);
    }
    await expectAccessible(host.page, 'host in the sharing');
    await scrollToTop(host.page);
    await saveScreen(host.page, 'host-sharing');
    await saveLook(host.page, 'host-sharing-360', PHONE_SMALL);
    await next.click();

    // +1s: Chloé's note twice, Bruno's once.
    const plusOne = (phone: Phone, text: string) => phone.page.getByRole('button', { name: new RegExp(`\\+1 (for “|pour «\\s*)${text}`) }).click();
    await plusOne(amina, NOTES.Chloé);
    await plusOne(bruno, NOTES.Chloé);
    await plusOne(chloe, NOTES.Bruno);

    // Consolidation: the host's notes, the most +1 first.
    await consolePage.getByRole('button', { name: 'Next: consolidation' }).click();
    await host.page.getByRole('heading', { name: 'Consolidate' }).waitFor();
    await expect.poll(() => notesListed(host.page)).toEqual([NOTES.Chloé, NOTES.Bruno, NOTES.Amina, 'A tool library in the basement']);
    const box = (text: string) => host.page.getByRole('checkbox', { name: new RegExp(text) });
    const merge = host.page.getByRole('button', { name: 'Merge into an idea' });
    expect(await onScreen(host.page, merge), 'the merge button is in reach').toBe(true);

    // A note ticked while an idea is being saved stays ticked (for the next idea).
    await box(NOTES.Chloé).check();
    await merge.click();
    await host.page.getByLabel('Idea', { exact: true }).fill('A bench and a garden');
    gate.hold = true;
    await host.page.getByRole('button', { name: 'Save the idea' }).click();
    await expect.poll(() => gate.held.length).toBeGreaterThan(0);
    await box(NOTES.Bruno).check();
    gate.release();
    await host.page.getByText('from 1 note — Chloé').waitFor();
    expect(await box(NOTES.Bruno).isChecked()).toBe(true);
    expect(await box(NOTES.Chloé).isChecked()).toBe(false);
    expect(await merge.isEnabled()).toBe(true);
    // …and the merged note says where it went.
    await host.page.getByRole('listitem').filter({ hasText: NOTES.Chloé }).getByText('✓ in idea 1').waitFor();
    await expectAccessible(host.page, 'host in the consolidation');
    await host.page.getByRole('heading', { name: 'Consolidate' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreen(host.page, 'host-consolidation');
    await saveLook(host.page, 'host-consolidation-360', PHONE_SMALL);

    // Between rounds, before the new seating is applied: the phones say what the projector says.
    await consolePage.getByRole('button', { name: 'Next: change tables' }).click();
    const projector = await openProjector(rig, consolePage, LAPTOP);
    for (const page of [projector, amina.page]) {
      await page.getByRole('heading', { name: 'Change tables', exact: true }).waitFor();
      await page.getByText('Your new table will appear on your phone.', { exact: true }).waitFor();
      expect(await page.getByText(/organiser’s instructions|Find your new table/).count()).toBe(0);
    }
    await host.page.getByText('You host this table: you stay here, the others come to you.').waitFor();
    await expectAccessible(amina.page, 'phone between rounds');
    await expectAccessible(projector, 'projector between rounds');
    await saveScreen(amina.page, 'phone-rotation');
    await saveLook(projector, 'projector-rotation-waiting-1280x720');
    await saveLook(amina.page, 'phone-rotation-390x844', PHONE_TALL);
    await bruno.page.getByText('Votre nouvelle table va s’afficher sur votre téléphone.', { exact: true }).waitFor();
    await saveLook(bruno.page, 'phone-rotation-fr-360', PHONE_SMALL);
  });
});
