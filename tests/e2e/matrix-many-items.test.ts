import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ok } from '@/tests/helpers/cafe';
import { newCommandId } from '@/tests/helpers/test-client';
import { atStep, moveTo, openPlenaryCafe } from '@/tests/integration/plenary-cafe';
import { PROJECTORS, saveLook } from './helpers/looks';
import { organiserCookie } from './helpers/plenary-pages';
import { setUpRig } from './helpers/rig';
import { expectAccessible } from './helpers/round-pages';

const PASSWORD = 'matrix-many-items-e2e';
const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** Ideas as a room writes them: some short, some a whole sentence. */
const TEXTS = [
  'Safe bike lanes to every school',
  'More buses in the evening',
  'Trees and shade in the playground',
  'A repair café for bicycles, open on Saturday mornings in the old library',
  'Night buses at weekends',
  'Free bus passes for teenagers',
];

/** The `n`th idea (from 0): a text of the bank, numbered so that no two are the same. */
const numbered = (n: number) => `${TEXTS[n % TEXTS.length]} (${n + 1})`;

/** Each numbered item of the legend, and whether the audience sees it whole (inside the legend's box and the screen). */
async function legendItems(projector: Page) {
  return projector.evaluate(() => {
    const caption = document.querySelector('figcaption');
    const box = caption!.getBoundingClientRect();
    return [...caption!.querySelectorAll('li')].map((li) => {
      const r = li.getBoundingClientRect();
      const inside = r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
      const onScreen = r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      return { text: li.textContent ?? '', seen: inside && onScreen, fontPx: parseFloat(getComputedStyle(li).fontSize) };
    });
  });
}

describe('the projector’s effort × gain with a full shortlist (30 items)', () => {
  it.each(['en', 'fr'] as const)('%s: shows every item of the legend, legibly, at every projector size', async (language) => {
    const server = { url: rig.server.url, organiserCookie: await organiserCookie(rig.server.url, PASSWORD) };
    // 5 tables × 2 rounds × 3 ideas: 30 ideas, voted on directly, all of them shortlisted.
    const cafe = await openPlenaryCafe(server, {
      tables: 5,
      phones: 2,
      ideasPerTable: 3,
      ideaText: (t, r, i) => numbered(t * 6 + r * 3 + i),
      plenary: { steps: ['vote', 'assessment', 'actions'], voteOn: 'ideas', dotsPerPerson: 15, maxDotsPerItem: 1, shortlistSize: 30 },
      language,
    });
    try {
      await moveTo(cafe, atStep('vote'));
      await cafe.organiser.until((v) => v.plenary?.vote.status === 'open');
      const ideas = cafe.ideas.flat();
      for (const [i, itemId] of ideas.entries()) await ok(cafe.phones[i % 2]!.client.request('vote:set', { commandId: newCommandId(), itemId, dots: 1 }));
      await moveTo(cafe, atStep('assessment'));
      await ok(cafe.organiser.request('shortlist:from-vote', { commandId: newCommandId() }));
      await cafe.organiser.until((v) => v.plenary?.shortlist.length === 30);
      for (const [h, host] of cafe.hosts.entries())
        for (const [i, itemId] of ideas.entries())
          await ok(
            host.client.request('rating:set', {
              commandId: newCommandId(),
              itemId,
              rating: { gain: 1 + ((i + (h % 2)) % 5), effort: 1 + ((i * 3 + (h % 2)) % 5) },
            }),
          );
      // The action plan: the matrix revealed, with its figures, until the first action is written.
      await moveTo(cafe, atStep('actions'));

      const context = await rig.browser.newContext({ viewport: PROJECTORS[0] });
      rig.contexts.push(context);
      const projector = await context.newPage();
      await projector.goto(cafe.organiser.view!.screenUrl!);
      await projector.locator('figcaption li').nth(29).waitFor();
      for (const size of PROJECTORS) {
        await projector.setViewportSize(size);
        // The legend's type is fitted after a resize: wait for the last item to settle in view.
        await expect.poll(async () => (await legendItems(projector)).filter((item) => !item.seen).map((item) => item.text)).toEqual([]);
        await saveLook(projector, `plenary-matrix-30-items-${language}-${size.width}x${size.height}`);
        const items = await legendItems(projector);
        expect(items).toHaveLength(30);
        // Read from the back of a room: never below 1.6 % of the screen's height.
        for (const item of items) expect(item.fontPx).toBeGreaterThanOrEqual(size.height * 0.016);
      }
      await expectAccessible(projector, `projector (effort × gain, 30 items, ${language})`);
    } finally {
      cafe.close();
    }
  });
});
