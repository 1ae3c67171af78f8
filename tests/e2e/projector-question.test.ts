import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openProjector, PROJECTORS, saveLook } from './helpers/looks';
import { setUpRig } from './helpers/rig';
import { createSession, signedInPage } from './helpers/rotation-pages';
import { expectAccessible } from './helpers/round-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'projector-question-e2e';
/** 200 characters: a long question, as French questions often are. */
const QUESTION =
  'Comment pourrions-nous, ensemble et dès la rentrée prochaine, rendre nos espaces de travail plus accueillants pour les nouvelles recrues, sans trop alourdir le quotidien de nos équipes déjà en place ?';

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** How the question sits on the projector: whole (nothing clipped, inside the screen) and how large. */
function questionLayout(projector: Page) {
  return projector.locator('#current-question').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const centre = el.closest('[data-testid="projector-centre"]')!.getBoundingClientRect();
    return {
      clipped: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      inside: box.top >= centre.top - 1 && box.bottom <= centre.bottom + 1 && box.bottom <= window.innerHeight,
      text: el.textContent,
      fontPx: parseFloat(getComputedStyle(el).fontSize),
      vmin: Math.min(window.innerWidth, window.innerHeight) / 100,
      pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
    };
  });
}

describe('a long question on the projector', () => {
  it('is shown whole at 1920×1080, 1280×720 and 1024×768, its type fitted to the space', async () => {
    expect(QUESTION.length).toBe(200);
    const consolePage = await signedInPage(rig, PASSWORD);
    await createSession(consolePage, rig.server, [QUESTION], 2, async (builder) => {
      await builder.getByLabel('Session language').selectOption('fr');
    });
    await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
    const projector = await openProjector(rig, consolePage, PROJECTORS[0]);
    await projector.locator('#current-question', { hasText: QUESTION }).waitFor();

    for (const size of PROJECTORS) {
      await projector.setViewportSize(size);
      await expect.poll(() => questionLayout(projector).then((l) => !l.clipped && l.inside)).toBe(true);
      const layout = await questionLayout(projector);
      expect(layout, `${size.width}×${size.height}`).toMatchObject({ clipped: false, inside: true, text: QUESTION, pageScrolls: false });
      // Fitted, and still legible from the back of the room.
      expect(layout.fontPx).toBeGreaterThanOrEqual(2.8 * layout.vmin - 0.5);
      expect(layout.fontPx).toBeLessThanOrEqual(5.6 * layout.vmin + 0.5);
      await saveLook(projector, `projector-long-question-fr-${size.width}x${size.height}`);
    }
    // The session is in French: the instruction reads for everyone (not "seul").
    await projector.getByText('Notez vos idées en silence').waitFor();
    await expectAccessible(projector, 'projector with a long question');
    await projector.setViewportSize(PROJECTORS[1]);
    await expect.poll(() => questionLayout(projector).then((l) => !l.clipped && l.inside)).toBe(true);
    await saveScreen(projector, 'projector-long-question');
  });
});
