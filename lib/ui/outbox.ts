/**
 * The phone's outbox of note writes: pure functions over a list of entries. Writes wait here until
 * the server acknowledges them, are sent one at a time in order, survive a reload (the pending ones
 * are stored), and are merged with the server's notes for display.
 */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, type MyNote } from '@/lib/realtime/contract';

export type NoteWrite = { kind: 'add'; noteId: string; text: string } | { kind: 'edit'; noteId: string; text: string } | { kind: 'delete'; noteId: string };

/**
 * `pending`: not acknowledged yet (`attempted` once sent at least once: its command id may already
 * be known to the server, so it is never rewritten). `sent`: acknowledged. `failed`: refused for good.
 */
export type OutboxEntry = NoteWrite & {
  commandId: string;
  round: number;
  state: 'pending' | 'sent' | 'failed';
  attempted: boolean;
  error?: ErrorCode;
};

export type Outbox = readonly OutboxEntry[];

export type NoteStatus = 'sent' | 'pending' | 'failed';
export type DisplayNote = { id: string; text: string; status: NoteStatus; error?: ErrorCode };

/** Refusals that a retry cannot change: the write is dropped and its error shown next to the note. */
const RETRYABLE: readonly ErrorCode[] = ['internal', 'rate-limited', 'unauthorised'];

export function isPermanentFailure(code: ErrorCode): boolean {
  return !RETRYABLE.includes(code);
}

const open = (e: OutboxEntry) => e.state === 'pending' && !e.attempted;

/**
 * Adds a write. A write to a note whose earlier writes were never sent is folded into them: an edit
 * rewrites the unsent text, a delete of a never-sent note cancels it altogether.
 */
export function enqueue(outbox: Outbox, write: NoteWrite, meta: { commandId: string; round: number }): OutboxEntry[] {
  const entry: OutboxEntry = { ...write, ...meta, state: 'pending', attempted: false };
  const mine = outbox.filter((e) => e.noteId === write.noteId);
  const last = mine.at(-1);
  if (write.kind === 'edit' && last && open(last) && last.kind !== 'delete') {
    return outbox.map((e) => (e === last ? { ...e, text: write.text } : e));
  }
  if (write.kind === 'delete') {
    const unsentAdd = mine.some((e) => e.kind === 'add' && open(e));
    if (unsentAdd) return outbox.filter((e) => e.noteId !== write.noteId);
    return [...outbox.filter((e) => !(e.noteId === write.noteId && (open(e) || e.state === 'failed'))), entry];
  }
  return [...outbox, entry];
}

/** The next write to send: the oldest pending one (one at a time keeps the order). */
export function nextToSend(outbox: Outbox): OutboxEntry | null {
  return outbox.find((e) => e.state === 'pending') ?? null;
}

export function markAttempted(outbox: Outbox, commandId: string): OutboxEntry[] {
  return outbox.map((e) => (e.commandId === commandId ? { ...e, attempted: true } : e));
}

/**
 * The server's answer to a write. Accepted: `sent`. Refused for good: `failed` with its code (and,
 * for a refused add, the later writes to that note with it). Otherwise it stays pending for a retry.
 */
export function settle(outbox: Outbox, commandId: string, result: { ok: true } | { ok: false; code: ErrorCode }): OutboxEntry[] {
  const target = outbox.find((e) => e.commandId === commandId);
  if (!target || target.state !== 'pending') return [...outbox];
  if (result.ok) return outbox.map((e) => (e === target ? { ...e, state: 'sent' } : e));
  if (!isPermanentFailure(result.code)) return [...outbox];
  const index = outbox.indexOf(target);
  return outbox.map((e, i): OutboxEntry => {
    const dependent = target.kind === 'add' && i > index && e.noteId === target.noteId && e.state === 'pending';
    return e === target || dependent ? { ...e, state: 'failed', error: result.code } : e;
  });
}

/** Forgets a failed note (the person read the error). */
export function dismiss(outbox: Outbox, noteId: string): OutboxEntry[] {
  return outbox.filter((e) => !(e.noteId === noteId && e.state === 'failed'));
}

/** The notes to show: the server's notes of the round, with every write of the outbox laid over them in order. */
export function mergeNotes(server: readonly MyNote[], outbox: Outbox, round: number): DisplayNote[] {
  const notes: DisplayNote[] = server.filter((n) => n.round === round).map((n) => ({ id: n.id, text: n.text, status: 'sent' }));
  const find = (id: string) => notes.findIndex((n) => n.id === id);
  for (const entry of outbox) {
    if (entry.round !== round) continue;
    const i = find(entry.noteId);
    const current = notes[i];
    if (entry.state === 'failed') {
      const text = entry.kind === 'delete' ? current?.text : entry.text;
      const failed: DisplayNote = { id: entry.noteId, text: text ?? '', status: 'failed', ...(entry.error ? { error: entry.error } : {}) };
      if (current) notes[i] = failed;
      else if (text !== undefined) notes.push(failed);
      continue;
    }
    const status: NoteStatus = entry.state === 'sent' ? 'sent' : 'pending';
    if (entry.kind === 'delete') {
      if (current) notes.splice(i, 1);
    } else if (current) {
      notes[i] = { id: entry.noteId, text: entry.text, status };
    } else if (entry.kind === 'add' || entry.state === 'sent') {
      notes.push({ id: entry.noteId, text: entry.text, status });
    }
  }
  return notes;
}

/** What is kept on the phone: writes not yet acknowledged, and refusals not yet read. */
export function toStored(outbox: Outbox): OutboxEntry[] {
  return outbox.filter((e) => e.state !== 'sent');
}

const errorCode = z.enum(ERROR_CODES);
const base = {
  noteId: z.string().min(1).max(64),
  commandId: z.string().min(8).max(64),
  round: z.number().int().min(0),
  state: z.enum(['pending', 'failed']),
  attempted: z.boolean(),
  error: errorCode.optional(),
};
const storedSchema = z.array(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('add'), text: z.string(), ...base }),
    z.object({ kind: z.literal('edit'), text: z.string(), ...base }),
    z.object({ kind: z.literal('delete'), ...base }),
  ]),
);

/** Reads a stored outbox; anything unreadable counts as empty. */
export function parseStored(raw: string | null): OutboxEntry[] {
  if (!raw) return [];
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export const outboxKey = (joinCode: string, participantId: string) => `tournee:outbox:${joinCode}:${participantId}`;
