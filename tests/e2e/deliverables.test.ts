import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { exportCafeArchive } from '@/lib/export/cafe-archive';
import { claimsCafe } from '@/lib/export/fixtures/claims-cafe';
import { getShippedTemplate } from '@/lib/templates/shipped-templates';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { control, ok } from '@/tests/helpers/cafe';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { hasHorizontalScroll, newPhone } from './helpers/browser';
import { decodeQr } from './helpers/qr';
import { setUpRig } from './helpers/rig';
import { expectAccessible } from './helpers/round-pages';
import { signedInPage } from './helpers/rotation-pages';
import { saveScreen } from './helpers/screens';

const PASSWORD = 'deliverables-e2e';
const IDEA = 'Benches and shade on the market square';
/** Where the downloaded files are kept, to look at (LibreOffice renders them). */
const DOWNLOADS = join('test-results', 'downloads');

const rig = setUpRig({ ORGANISER_PASSWORD: PASSWORD });

/** Page objects of a PDF (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The organiser's socket, with the sign-in cookie of the browser page. */
async function organiserSocket(page: Page, sessionId?: string): Promise<TestClient> {
  const cookie = (await page.context().cookies()).find((c) => c.name === ORGANISER_COOKIE);
  if (!cookie) throw new Error('the page is not signed in');
  const client = new TestClient(rig.server.url, () => (sessionId ? { sessionId } : {}), { cookie: `${ORGANISER_COOKIE}=${cookie.value}` });
  await client.until(() => true).catch(() => undefined);
  return client;
}

/** Every CSP violation and console error of the context's pages, from now on (the pages run under the app's nonce CSP). */
async function watchProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  mkdirSync(DOWNLOADS, { recursive: true });
  const path = join(DOWNLOADS, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

describe('the deliverables in real browsers', () => {
  it('imports a café, downloads every file from the console and prints the synthesis on A4', async () => {
    const page = await signedInPage(rig, PASSWORD);
    await page.goto(`${rig.server.url}/console`);
    const archive = join(DOWNLOADS, 'claims-cafe-archive.json');
    mkdirSync(DOWNLOADS, { recursive: true });
    writeFileSync(archive, exportCafeArchive(claimsCafe()));
    await page.getByTestId('import-file').setInputFiles(archive);
    await page.waitForURL(/\/console\/sessions\/[^/]+$/);

    const panel = page.getByTestId('deliverables');
    await panel.getByRole('heading', { name: 'Deliverables' }).waitFor();
    await panel.getByText('The café is closed: these are the final deliverables.').waitFor();
    await expectAccessible(page, 'console of a closed café, with its deliverables');
    await saveScreen(page, 'console-deliverables');
    const expected: Record<string, RegExp> = {
      docx: /^2025-03-14-claims-journey-cafe-spring-2025-synthesis\.docx$/,
      md: /-synthesis\.md$/,
      xlsx: /-backlog\.xlsx$/,
      csv: /-backlog\.csv$/,
      svg: /-effort-gain-matrix\.svg$/,
      png: /-effort-gain-matrix\.png$/,
      json: /-archive\.json$/,
      template: /^claims-journey-cafe-spring-2025-template\.json$/,
    };
    for (const [key, name] of Object.entries(expected)) {
      const file = await downloadFrom(page, () => panel.locator(`[data-file="${key}"]`).click());
      expect(file.name, key).toMatch(name);
    }

    // The print-ready page, from the panel's link (it opens in a new tab).
    const problems = await watchProblems(page.context());
    const printHref = await panel.getByRole('link', { name: /Print-ready page/ }).getAttribute('href');
    const print = await page.context().newPage();
    await print.goto(`${rig.server.url}${printHref}`);
    const document = print.getByTestId('synthesis-document');
    await document.getByRole('heading', { name: 'Questions and answers' }).waitFor();
    expect(await document.getAttribute('lang')).toBe('en');
    await expect.poll(() => print.getByRole('img', { name: /items are placed by median gain/ }).count()).toBe(1);
    await expectAccessible(print, 'print-ready synthesis');
    await print.emulateMedia({ media: 'print' });
    const pdf = await print.pdf({ format: 'A4', printBackground: true });
    // Kept to look at (not in docs/screens: the PNGs show it).
    writeFileSync(join(DOWNLOADS, 'synthesis-print.pdf'), pdf);
    // A page per section: the cover and participation, the questions, the workstreams, the matrix, the action plan.
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(5);
    // On paper: no buttons, no navigation.
    expect(await print.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await print.locator('.site-header').isVisible()).toBe(false);
    await print.setViewportSize({ width: 794, height: 1123 });
    await saveScreen(print, 'synthesis-print');
    await print.emulateMedia({ media: 'screen' });
    await print.setViewportSize({ width: 1280, height: 720 });
    await saveScreen(print, 'synthesis-print-screen');
    expect(problems).toEqual([]);
  });

  /** The words of each language's run: the café's, and what its screens say. */
  const PHONE_RUNS = [
    {
      language: 'en' as const,
      title: 'Neighbourhood café',
      question: 'What would make the square a place to meet?',
      note: 'More benches, and shade in summer',
      idea: IDEA,
      tables: ['Lime tree', 'Fountain'],
      screens: { phone: 'phone-synthesis', projector: 'projector-synthesis' },
      projectorSize: { width: 1280, height: 720 },
      words: {
        name: 'Your name',
        join: 'Join the session',
        you: 'You are Amina',
        newNote: 'New note',
        addNote: 'Add the note',
        synthesis: 'The café’s synthesis',
        docx: 'Word (.docx)',
        md: 'Markdown (.md)',
        print: 'Print-ready page (PDF)',
        printButton: 'Print or save as PDF',
        qr: /QR code of the café’s synthesis/,
      },
      files: { docx: /^\d{4}-\d{2}-\d{2}-neighbourhood-cafe-synthesis\.docx$/, md: /-synthesis\.md$/ },
    },
    {
      language: 'fr' as const,
      title: 'Café de quartier',
      question: 'Qu’est-ce qui ferait de la place un lieu de rencontre ?',
      note: 'Plus de bancs, et de l’ombre en été',
      idea: 'Des bancs et de l’ombre sur la place du marché',
      tables: ['Tilleul', 'Fontaine'],
      screens: { phone: 'phone-synthesis-fr', projector: 'projector-synthesis-fr' },
      projectorSize: { width: 1920, height: 1080 },
      words: {
        name: 'Votre nom',
        join: 'Rejoindre la session',
        you: 'Vous êtes Amina',
        newNote: 'Nouvelle note',
        addNote: 'Ajouter la note',
        synthesis: 'La synthèse du café',
        docx: 'Word (.docx)',
        md: 'Markdown (.md)',
        print: 'Page prête à imprimer (PDF)',
        printButton: 'Imprimer ou enregistrer en PDF',
        qr: /QR code de la synthèse du café/,
      },
      files: { docx: /^\d{4}-\d{2}-\d{2}-cafe-de-quartier-synthese\.docx$/, md: /-synthese\.md$/ },
    },
  ];

  it.each(PHONE_RUNS)('shows every phone the synthesis at the close, with its downloads; the projector shows its QR code ($language)', async (run) => {
    const consolePage = await signedInPage(rig, PASSWORD);
    const lobby = await organiserSocket(consolePage);
    const created = await ok(
      lobby.request('session:create', {
        commandId: newCommandId(),
        draft: makeDraft({
          title: run.title,
          purpose: '',
          language: run.language,
          rounds: [{ question: run.question, reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 }],
          tables: [
            { name: run.tables[0]!, colour: 'green' },
            { name: run.tables[1]!, colour: 'blue' },
          ],
        }),
      }),
    );
    lobby.close();
    const organiser = await organiserSocket(consolePage, created.sessionId);
    const view = await organiser.until((v) => v.session.id === created.sessionId);
    // The phone scans table 1's QR and joins, in the session's language.
    const phone = await newPhone(rig.browser);
    rig.contexts.push(phone.context);
    const problems = await watchProblems(phone.context);
    await phone.page.goto(`${rig.server.url}/t/${view.session.code}/1`);
    await phone.page.getByLabel(run.words.name).fill('Amina');
    await phone.page.getByRole('button', { name: run.words.join }).click();
    await phone.page.getByText(run.words.you).waitFor();
    await phone.page.getByText(run.tables[0]!).first().waitFor();

    await control(organiser, 'start');
    await phone.page.getByLabel(run.words.newNote).fill(run.note);
    await phone.page.getByRole('button', { name: run.words.addNote }).click();
    await phone.page.getByText(run.note).waitFor();
    await control(organiser, 'next'); // sharing
    await control(organiser, 'next'); // consolidation
    const tableId = view.seating!.find((t) => t.number === 1)!.id;
    await ok(organiser.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: run.idea, sourceNoteIds: [], tableId }));
    while ((await organiser.until(() => true)).live.stage.kind !== 'closed') {
      const seq = await control(organiser, 'next');
      await organiser.until((v) => v.seq >= seq);
    }

    // The phone: "The café's synthesis", the idea, the downloads.
    const synthesis = phone.page.getByRole('region', { name: run.words.synthesis });
    await synthesis.getByText(run.idea).waitFor();
    expect(await phone.page.getByTestId('synthesis-document').getAttribute('lang')).toBe(run.language);
    expect(await hasHorizontalScroll(phone.page), 'the phone scrolls sideways').toBe(false);
    await expectAccessible(phone.page, `phone at the close (${run.language})`);
    await phone.page.evaluate(() => document.getElementById('synthesis-heading')?.scrollIntoView());
    await saveScreen(phone.page, run.screens.phone);
    const docx = await downloadFrom(phone.page, () => synthesis.getByRole('button', { name: run.words.docx }).click());
    expect(docx.name).toMatch(run.files.docx);
    const md = await downloadFrom(phone.page, () => synthesis.getByRole('button', { name: run.words.md }).click());
    expect(md.name).toMatch(run.files.md);
    // Its print page opens with the phone's own token.
    await synthesis.getByRole('link', { name: run.words.print }).click();
    await phone.page.waitForURL(/\/synthesis\/[^/]+\/[^/]+\/print$/);
    await phone.page.getByRole('button', { name: run.words.printButton }).waitFor();
    await phone.page.getByTestId('synthesis-document').getByText(run.idea).waitFor();
    expect(await hasHorizontalScroll(phone.page), 'the print page scrolls sideways on a phone').toBe(false);
    expect(problems).toEqual([]);

    // The projector: a QR code to the synthesis, read from its pixels.
    const projectorContext = await rig.browser.newContext({ viewport: run.projectorSize });
    rig.contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    await projector.goto(view.screenUrl!);
    const qr = projector.getByRole('img', { name: run.words.qr });
    await expect.poll(() => qr.locator('svg').count()).toBe(1);
    expect(await decodeQr(qr)).toBe(view.synthesisUrl);
    await expectAccessible(projector, `projector at the close (${run.language})`);
    await saveScreen(projector, run.screens.projector);
    organiser.close();
  });

  it('starts a new session from a shipped template', async () => {
    const page = await signedInPage(rig, PASSWORD);
    await page.goto(`${rig.server.url}/console/sessions/new`);
    const template = getShippedTemplate('crm-kickoff', 'en')!;
    await page.getByLabel('Template', { exact: true }).selectOption({ label: template.session.title });
    await page.getByRole('button', { name: 'Fill the form' }).click();
    await page.getByText(`The form now holds “${template.session.title}”`).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(template.session.title);
    expect(await page.getByRole('group', { name: /^Round \d+$/ }).count()).toBe(template.session.rounds.length);
    await expectAccessible(page, 'builder filled from a template');
    await page.getByRole('button', { name: 'Save the session' }).click();
    await page.waitForURL(/\/console\/sessions\/[^/]+$/);
    await page.getByRole('heading', { name: template.session.title }).waitFor();
    // A prepared session can already be kept as a template.
    const saved = await downloadFrom(page, () => page.getByTestId('deliverables').locator('[data-file="template"]').click());
    expect(saved.name).toMatch(/-template\.json$/);
  });
});
