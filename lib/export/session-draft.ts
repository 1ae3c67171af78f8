/**
 * The session a café record prepares, as the builder and `session:create` take it: what an import
 * creates and what "start from a template" fills the builder with. The archive reads wider bounds
 * than the builder accepts (a record written by another version may hold more dots, say), so the
 * draft is checked against the app's own schema before anything is created.
 */
import { sessionDraftSchema, type SessionDraft } from '@/lib/realtime/contract';
import type { CafeRecord } from './cafe-record';
import { formatPath, type ArchiveIssue } from './cafe-archive';

/** The record's session as a draft (its table ids dropped), not yet checked. */
export function draftOfRecord(record: CafeRecord): SessionDraft {
  const { title, purpose, language, anonymous, autoAdvance, speakingTurnMs, minPerTable, maxPerTable, rounds, tables, plenary } = record.session;
  return {
    title,
    purpose,
    language,
    anonymous,
    autoAdvance,
    speakingTurnMs,
    minPerTable,
    maxPerTable,
    rounds: rounds.map((r) => ({ ...r })),
    tables: tables.map(({ name, colour }) => ({ name, colour })),
    plenary: structuredClone(plenary),
  };
}

export type DraftCheck = { ok: true; draft: SessionDraft } | { ok: false; message: string; issues: ArchiveIssue[] };

/** The record's session checked as the builder checks a session; problems are named by their path in the archive. */
export function checkRecordDraft(record: CafeRecord): DraftCheck {
  const parsed = sessionDraftSchema.safeParse(draftOfRecord(record));
  if (parsed.success) return { ok: true, draft: parsed.data };
  const issues = parsed.error.issues.slice(0, 50).map((issue) => ({
    path: ['session', ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))],
    message: issue.message,
  }));
  const shown = issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
  return { ok: false, message: `This Tournée cannot prepare the archive's session: ${shown}.`, issues };
}
