import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeliverable } from './deliverable';
import { DOCX_NOTES_MAX, buildSynthesisDocx } from './docx-synthesis';
import { claimsCafe } from './fixtures/claims-cafe';
import { CLAIMS_PEOPLE } from './fixtures/claims-cafe-content';
import { tinyCafe } from './fixtures/tiny-cafe';
import { wordText, zipParts } from './test-helpers/unzip';

/** Building a real file takes a second or two; more on a loaded machine. */
const FILE_TEST_TIMEOUT_MS = 30_000;

async function docxOf(record: ReturnType<typeof claimsCafe>) {
  const bytes = await buildSynthesisDocx(buildDeliverable(record));
  return { bytes, parts: await zipParts(bytes) };
}

describe('buildSynthesisDocx', { timeout: FILE_TEST_TIMEOUT_MS }, () => {
  it.each([
    { name: 'votes on workstreams', record: claimsCafe() },
    { name: 'votes on ideas, in French', record: claimsCafe({ voteOn: 'ideas', language: 'fr' }) },
    { name: 'no plenary', record: claimsCafe({ plenary: false }) },
  ])('holds every question, every idea and every note ($name)', async ({ record }) => {
    const { parts } = await docxOf(record);
    const text = wordText(parts.get('word/document.xml')!);
    for (const round of record.session.rounds) expect(text).toContain(round.question);
    for (const idea of record.ideas) expect(text).toContain(idea.text);
    for (const note of record.notes) expect(text).toContain(note.text);
  });

  it('uses Word’s heading styles, repeats table headers and sets the session’s language', async () => {
    const { parts } = await docxOf(claimsCafe({ language: 'fr' }));
    const document = parts.get('word/document.xml')!;
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    for (const style of ['Heading1', 'Heading2', 'Heading3']) expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(5);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(tables);
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="fr-FR"/>');
    expect(wordText(document)).toContain('Questions et réponses');
  });

  it('shows the matrix as a PNG with its legend, and the action plan', async () => {
    const { bytes, parts } = await docxOf(claimsCafe());
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && !zip.files[name]!.dir);
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const text = wordText(parts.get('word/document.xml')!);
    expect(text).toContain('Effort × gain');
    expect(text).toContain('placed by the organiser');
    for (const code of ['A-01', 'A-05']) expect(text).toContain(code);
    expect(text).toContain('Head of claims operations');
  });

  it('names note authors in a named session', async () => {
    const { parts } = await docxOf(claimsCafe());
    expect(wordText(parts.get('word/document.xml')!)).toContain(CLAIMS_PEOPLE[10]![0]);
  });

  it('holds no participant’s name anywhere in an anonymous session', async () => {
    const { parts } = await docxOf(claimsCafe({ anonymous: true }));
    const everything = [...parts.values()].join('\n');
    for (const [name] of CLAIMS_PEOPLE) expect(everything).not.toContain(name);
  });

  it('sends the reader to the spreadsheet when there are too many notes to print', async () => {
    const record = tinyCafe({
      ideas: [{ id: 'a', table: 1, text: 'One idea' }],
      notes: Array.from({ length: DOCX_NOTES_MAX + 1 }, (_, i) => [1, 0, `note ${i}`] as [number, number, string]),
    });
    const { parts } = await docxOf(record);
    const text = wordText(parts.get('word/document.xml')!);
    expect(text).toContain('The 2,001 notes written at the tables are in the backlog spreadsheet');
    expect(text).not.toContain('note 7\n');
  });

  it('says so when a question has no idea, and leaves out the plenary sections it has no data for', async () => {
    const { parts } = await docxOf(tinyCafe({ rounds: ['Anything?'] }));
    const text = wordText(parts.get('word/document.xml')!);
    expect(text).toContain('No consolidated idea for this question.');
    for (const heading of ['Workstreams', 'Effort × gain', 'Action plan']) expect(text).not.toContain(`${heading}\n`);
  });
});
