/**
 * A session's deliverables as the routes send them: the café record loaded from the database, then one
 * file (lib/export/export-file.ts) or the synthesis page's data. What the loader had to drop (rows
 * deleted since) is logged, never silently lost.
 */
import { ZodError } from 'zod';
import type { Db } from '@/db/client';
import { loadCafeRecord } from '@/db/queries/cafe-record';
import type { SessionRow } from '@/db/queries/sessions';
import { toTemplate, type CafeRecord } from '@/lib/export/cafe-record';
import { buildDeliverable } from '@/lib/export/deliverable';
import { EXPORT_FORMATS, exportFile, type ExportFile, type ExportFormat } from '@/lib/export/export-file';
import { synthesisPageOf } from '@/lib/export/synthesis-page';
import { refusal } from './deliverable-access';
import { cacheKey, PromiseCache } from './deliverable-cache';

/** The synthesis page's data as JSON, written once: every phone asks for it at the close (Next compresses it on the way out). */
export type SynthesisBody = { json: string };

const globalForCache = globalThis as typeof globalThis & {
  __tourneeFileCache?: PromiseCache<ExportFile>;
  __tourneeSynthesisCache?: PromiseCache<SynthesisBody>;
};
const fileCache = (globalForCache.__tourneeFileCache ??= new PromiseCache<ExportFile>());
const synthesisCache = (globalForCache.__tourneeSynthesisCache ??= new PromiseCache<SynthesisBody>());

/** Builds, or takes from the cache for a closed café. */
function once<T>(cache: PromiseCache<T>, key: string | null, build: () => Promise<T>): Promise<T> {
  return key === null ? build() : cache.get(key, Date.now(), build);
}

/** What the organiser can download: every format, and the session as a template. */
export const ORGANISER_FILES = [...EXPORT_FORMATS, 'template'] as const;
export type OrganiserFile = (typeof ORGANISER_FILES)[number];

/** What a participant can download: the synthesis (the backlog, the notes and the archive are the organiser's). */
export const PARTICIPANT_FILES = ['docx', 'md'] as const satisfies readonly ExportFormat[];
export type ParticipantFile = (typeof PARTICIPANT_FILES)[number];

export function isOrganiserFile(value: string): value is OrganiserFile {
  return (ORGANISER_FILES as readonly string[]).includes(value);
}

export function isParticipantFile(value: string): value is ParticipantFile {
  return (PARTICIPANT_FILES as readonly string[]).includes(value);
}

function recordOf(db: Db, row: SessionRow): CafeRecord {
  const loaded = loadCafeRecord(db, row.id);
  if (!loaded) throw new Error(`session ${row.id} vanished while exporting`);
  const dropped = Object.entries(loaded.dropped);
  if (dropped.length > 0) console.info(`[exports] ${row.id}: left out references to deleted rows: ${dropped.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return loaded.record;
}

/** The file, or a 422 when the café does not fit the archive's limits (only the JSON is checked against them). */
export async function sessionFile(
  db: Db,
  row: SessionRow,
  file: OrganiserFile,
  timeZone: string,
): Promise<{ ok: true; file: ExportFile } | { ok: false; response: Response }> {
  try {
    const built = await once(fileCache, cacheKey(row, file, timeZone), () => {
      const record = recordOf(db, row);
      return file === 'template' ? exportFile(toTemplate(record), 'json', { timeZone }) : exportFile(record, file, { timeZone });
    });
    return { ok: true, file: built };
  } catch (error) {
    // Only the archive is checked against the format's limits (a ZodError); anything else is a real failure.
    if (!(error instanceof ZodError)) throw error;
    console.warn(`[exports] ${row.id}: the archive could not be written`, error);
    return { ok: false, response: refusal(422, 'too-many', 'this café holds more than the archive format can carry (see docs/exports.md, "Validation")') };
  }
}

/** The synthesis page's data, as the route sends it. */
export function sessionSynthesisBody(db: Db, row: SessionRow, timeZone: string): Promise<SynthesisBody> {
  return once(synthesisCache, cacheKey(row, 'synthesis-page', timeZone), async () => {
    return { json: JSON.stringify(synthesisPageOf(buildDeliverable(recordOf(db, row), { timeZone }))) };
  });
}
