import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CSV_SEPARATOR } from '@/lib/export/csv-backlog';
import { parseCafeArchive } from '@/lib/export/cafe-archive';
import { decimal, exportLabels, shortDate } from '@/lib/export/labels';
import { wordText, zipParts } from '@/lib/export/test-helpers/unzip';
import { synthesisLinks, type SynthesisLinks } from '@/lib/ui/synthesis-links';
import { canonicalRecord } from '@/tests/helpers/canonical-record';
import { playCafe, type PlayedCafe } from '@/tests/helpers/played-cafe';
import type { TestServer } from '@/tests/helpers/test-server';
import { BUILD_TIMEOUT_MS } from './helpers/built-app';
import { startBuiltAppServer } from './helpers/built-app-server';
import { readCsv } from '@/tests/helpers/read-csv';

const PASSWORD = 'deliverables-integration';
/** Playing a café of 24 phones and building every file: a minute or two on two busy cores. */
const CAFE_TIMEOUT_MS = 240_000;

let server: TestServer;
let named: PlayedCafe;
let anonymous: PlayedCafe;

const NAMED = ['Ana Lima', 'Bruno Carvalho', 'Chloé Marchand', 'Dev Raman'];
const hostName = (kind: 'host' | 'mover', n: number) => (kind === 'host' ? NAMED[n - 1]! : `Inès Martin-${n}`);
/** Names nothing else in a file could contain. */
const secretName = (kind: 'host' | 'mover', n: number) => `${kind === 'host' ? 'Quillon' : 'Zéphyrine'} Brevard-${n}x`;

beforeAll(
  async () => {
    server = await startBuiltAppServer(PASSWORD);
    named = await playCafe(server, {
      title: 'Parcours sinistre — printemps',
      language: 'fr',
      anonymous: false,
      voteOn: 'ideas',
      tables: 4,
      movers: 20,
      rounds: 3,
      names: hostName,
    });
    await named.close();
    anonymous = await playCafe(server, {
      title: 'Anonymous claims café',
      language: 'en',
      anonymous: true,
      voteOn: 'workstreams',
      tables: 2,
      movers: 6,
      rounds: 2,
      names: secretName,
    });
  },
  BUILD_TIMEOUT_MS + 2 * CAFE_TIMEOUT_MS,
);

afterAll(async () => {
  named?.room.close();
  anonymous?.room.close();
  await server?.close();
});

type Download = { status: number; body: Buffer; fileName: string | null; type: string | null; json: unknown };

async function get(path: string, headers: Record<string, string> = { cookie: server.organiserCookie }): Promise<Download> {
  const response = await fetch(`${server.url}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type');
  return {
    status: response.status,
    body,
    fileName: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null,
    type,
    json: type?.startsWith('application/json') && response.status >= 400 ? JSON.parse(body.toString('utf8')) : null,
  };
}

const file = (cafe: PlayedCafe, format: string) => get(`/api/sessions/${cafe.sessionId}/exports/${format}?tz=Europe/Paris`);
const linksOf = (cafe: PlayedCafe): SynthesisLinks => synthesisLinks(cafe.room.organiser.view!.synthesisUrl!)!;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A spreadsheet cell as the CSV writes it. */
function cellText(value: ExcelJS.CellValue, language: 'fr' | 'en'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return decimal(value, language);
  if (value instanceof Date) return shortDate(value.toISOString().slice(0, 10), language);
  return String(value);
}

async function backlogSheet(bytes: Buffer, language: 'fr' | 'en') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.getWorksheet(exportLabels(language)('sheets.backlog'))!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value)));
  return { workbook, header: rows[0]!.map(String), rows: rows.slice(1) };
}

/** Every text inside a file, unzipped when it is a zip (DOCX, XLSX), pictures left out. */
async function allText(download: Download): Promise<string> {
  if (download.body.subarray(0, 2).toString('latin1') !== 'PK') return download.body.toString('utf8');
  return [...(await zipParts(download.body)).values()].join('\n');
}

describe('a café played by 24 phones, then its deliverables over HTTP', { timeout: CAFE_TIMEOUT_MS }, () => {
  it('downloads every format, named after the café’s date and title in its language', async () => {
    const expected: Record<string, [RegExp, string]> = {
      docx: [/^\d{4}-\d{2}-\d{2}-parcours-sinistre-printemps-synthese\.docx$/, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      xlsx: [/^\d{4}-\d{2}-\d{2}-parcours-sinistre-printemps-backlog\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      csv: [/^\d{4}-\d{2}-\d{2}-parcours-sinistre-printemps-backlog\.csv$/, 'text/csv; charset=utf-8'],
      md: [/-synthese\.md$/, 'text/markdown; charset=utf-8'],
      json: [/-archive\.json$/, 'application/json; charset=utf-8'],
      svg: [/-matrice-effort-gain\.svg$/, 'image/svg+xml'],
      png: [/-matrice-effort-gain\.png$/, 'image/png'],
      template: [/^parcours-sinistre-printemps-modele\.json$/, 'application/json; charset=utf-8'],
    };
    for (const [format, [name, type]] of Object.entries(expected)) {
      const download = await file(named, format);
      expect(download.status, format).toBe(200);
      expect(download.fileName, format).toMatch(name);
      expect(download.type, format).toBe(type);
      expect(download.body.length, format).toBeGreaterThan(100);
    }
  });

  it('the DOCX holds every question and every consolidated idea', async () => {
    const text = wordText((await zipParts((await file(named, 'docx')).body)).get('word/document.xml')!);
    for (const question of named.questions) expect(text).toContain(question);
    expect(named.ideas).toHaveLength(4 * 2 * 3);
    for (const idea of named.ideas) expect(text).toContain(idea.text);
  });

  it('the XLSX Backlog has a row per item with its votes, medians and category', async () => {
    const { header, rows } = await backlogSheet((await file(named, 'xlsx')).body, 'fr');
    const t = exportLabels('fr');
    const column = (key: Parameters<typeof t>[0]) => header.indexOf(t(key));
    expect(rows).toHaveLength(named.items.length);
    for (const item of named.items) {
      const idea = named.ideas.find((i) => i.id === item.itemId)!;
      const row = rows.find((r) => r[column('columns.idea')] === idea.text);
      expect(row, idea.text).toBeDefined();
      expect(row![column('columns.votes')] ?? 0, idea.text).toBe(item.dots);
      expect(row![column('columns.gain')] ?? null, idea.text).toBe(item.gain);
      expect(row![column('columns.effort')] ?? null, idea.text).toBe(item.effort);
      expect(row![column('columns.category')] ?? null, idea.text).toBe(item.quadrant === null ? null : t(`quadrants.${item.quadrant}`));
    }
    // Most dots first.
    const votes = rows.map((r) => Number(r[column('columns.votes')] ?? 0));
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
  });

  it('the CSV parses to the same rows as the Backlog sheet', async () => {
    const { header, rows } = await backlogSheet((await file(named, 'xlsx')).body, 'fr');
    const csv = (await file(named, 'csv')).body.toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = readCsv(csv.slice(1), CSV_SEPARATOR.fr);
    expect(parsed[0]).toEqual(header);
    expect(parsed.slice(1)).toEqual(rows.map((row) => row.map((cell) => cellText(cell, 'fr'))));
  });

  it('the JSON archive comes back through Import as the same café, and exports the same', async () => {
    const archive = (await file(named, 'json')).body.toString('utf8');
    const parsed = parseCafeArchive(archive);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.record.participants.map((p) => p.displayName)).toEqual(expect.arrayContaining(NAMED));
    const imported = await fetch(`${server.url}/api/sessions/import`, {
      method: 'POST',
      headers: { cookie: server.organiserCookie, 'content-type': 'application/json', origin: server.url },
      body: archive,
    });
    expect(imported.status).toBe(201);
    const created = z.object({ sessionId: z.string(), stage: z.string() }).parse(await imported.json());
    expect(created.stage).toBe('closed');
    const { sessionId } = created;
    expect(sessionId).not.toBe(named.sessionId);
    const again = parseCafeArchive((await get(`/api/sessions/${sessionId}/exports/json`)).body.toString('utf8'));
    if (!again.ok) throw new Error(again.message);
    expect(canonicalRecord(again.record)).toEqual(canonicalRecord(parsed.record));
    // …and its synthesis reads the same.
    const docx = await get(`/api/sessions/${sessionId}/exports/docx?tz=Europe/Paris`);
    expect(docx.fileName).toBe((await file(named, 'docx')).fileName);
  });

  it('a participant reads the synthesis and downloads it once the café is closed — and only its own files', async () => {
    const links = linksOf(named);
    const phone = named.phones[5]!;
    const page = await get(links.data, bearer(phone.token));
    expect(page.status).toBe(200);
    const data: unknown = JSON.parse(page.body.toString('utf8'));
    expect(data).toMatchObject({ title: 'Parcours sinistre — printemps', language: 'fr' });
    for (const format of ['docx', 'md'] as const) {
      const download = await get(links.file(format), bearer(phone.token));
      expect(download.status, format).toBe(200);
      expect(download.fileName, format).toMatch(/-synthese\.(docx|md)$/);
    }
    // The organiser's files: not with a participant's token, on either route.
    for (const format of ['xlsx', 'csv', 'json', 'svg', 'png', 'template', 'docx']) {
      expect((await get(`/api/sessions/${named.sessionId}/exports/${format}`, bearer(phone.token))).status, format).toBe(401);
    }
    for (const format of ['xlsx', 'csv', 'json', 'template']) {
      const refused = await get(links.file(format as 'docx'), bearer(phone.token));
      expect(refused.status, format).toBe(403);
      expect(refused.json).toMatchObject({ code: 'forbidden' });
    }
  });

  it('refuses the synthesis to a stranger, another café’s participant, a wrong key, and before the close', async () => {
    const links = linksOf(named);
    expect((await get(links.data, {})).status).toBe(401);
    expect((await get(links.data, bearer('not-a-token'))).status).toBe(401);
    expect((await get(links.data, bearer(anonymous.phones[0]!.token))).status).toBe(401);
    const wrongKey = links.data.replace(/\/synthesis\/[^/]+$/, '/synthesis/AAAAAAAAAAAAAAAAAAAAAA');
    expect((await get(wrongKey, bearer(named.phones[0]!.token))).status).toBe(404);
    // The anonymous café is still in its plenary: its own participants wait for the close.
    const early = await get(linksOf(anonymous).data, bearer(anonymous.phones[0]!.token));
    expect(early.status).toBe(403);
    expect(early.json).toMatchObject({ code: 'wrong-phase' });
    // The organiser may read the draft at any time.
    expect((await get(linksOf(anonymous).data)).status).toBe(200);
  });
});

describe('an anonymous café', { timeout: CAFE_TIMEOUT_MS }, () => {
  it('names nobody in any file — not even the archive', async () => {
    await anonymous.close();
    const links = linksOf(anonymous);
    const downloads = [
      ...(await Promise.all(['docx', 'xlsx', 'csv', 'md', 'json', 'svg', 'png', 'template'].map((format) => file(anonymous, format)))),
      await get(links.data, bearer(anonymous.phones[1]!.token)),
      await get(links.file('docx'), bearer(anonymous.phones[1]!.token)),
      await get(links.file('md'), bearer(anonymous.phones[1]!.token)),
    ];
    expect(anonymous.names).toHaveLength(8);
    for (const download of downloads) {
      expect(download.status).toBe(200);
      const text = await allText(download);
      for (const name of anonymous.names) expect(text, download.fileName ?? 'synthesis page').not.toContain(name);
      expect(text).not.toContain('Brevard');
    }
    // The notes and ideas are all there, without their authors.
    const docx = wordText((await zipParts(downloads[0]!.body)).get('word/document.xml')!);
    for (const idea of anonymous.ideas) expect(docx).toContain(idea.text);
  });
});
