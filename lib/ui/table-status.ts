/** What a table's screens derive from its view: the speaker's timer, the recap window, lagging flags, links. */
import { remainingMs, type Stage, type Timer } from '@/lib/domain/session-machine';
import { turnOf } from '@/lib/domain/speaking-order';
import { LIMITS, type NoteView, type TableStats, type TableView } from '@/lib/realtime/contract';

/** The recap of earlier rounds is shown during the first minutes of a reflection. */
export const RECAP_WINDOW_MS = 3 * 60_000;

/** Time spent in the current phase (a paused timer counts what ran). */
export function phaseElapsedMs(timer: Timer, now: number): number {
  return timer.durationMs - remainingMs(timer, now);
}

/** The current speaker's own countdown: from when they started, one slot long. */
export function speakerTimer(speaking: TableView['speaking']): Timer | null {
  if (!speaking || speaking.startedAt === null) return null;
  return { status: 'running', endsAt: speaking.startedAt + speaking.slotMs, durationMs: speaking.slotMs };
}

export type MyTurn = 'speaking' | 'next' | 'waiting' | 'done' | 'absent';

export function myTurn(speaking: TableView['speaking'], participantId: string): MyTurn {
  return speaking ? turnOf(speaking, participantId) : 'absent';
}

/** From round 2, during the first minutes of the reflection, until the host closes it. */
export function recapVisible(table: TableView, stage: Stage, timer: Timer | null, now: number): boolean {
  if (stage.kind !== 'phase' || stage.phase !== 'reflection' || stage.round < 1) return false;
  if (table.recapClosed || table.recap.length === 0) return false;
  return timer === null || phaseElapsedMs(timer, now) < RECAP_WINDOW_MS;
}

export type TableAlert = 'no-notes' | 'no-ideas';

/** A table with people at it where nothing is written past the middle of the reflection or the consolidation. */
export function tableAlert(table: Pick<TableStats, 'seated' | 'notesWritten' | 'ideas'>, stage: Stage, timer: Timer | null, now: number): TableAlert | null {
  if (stage.kind !== 'phase' || !timer || table.seated === 0) return null;
  const late = phaseElapsedMs(timer, now) > timer.durationMs / 2;
  if (!late) return null;
  if (stage.phase === 'reflection' && table.notesWritten === 0) return 'no-notes';
  if (stage.phase === 'consolidation' && table.ideas === 0) return 'no-ideas';
  return null;
}

/** The merge field's first text: the selected notes, in the order they are listed, one per line. */
export function mergeDraft(notes: readonly NoteView[], selected: ReadonlySet<string>): string {
  return notes
    .filter((n) => selected.has(n.id))
    .map((n) => n.text)
    .join('\n')
    .slice(0, LIMITS.ideaMax);
}

/** A table's own link (printed on it): the join URL's origin and path prefix, then `/t/<code>/<number>`. */
export function tableLink(joinUrl: string, code: string, number: number): string {
  const suffix = `/join/${code}`;
  const base = joinUrl.endsWith(suffix) ? joinUrl.slice(0, -suffix.length) : joinUrl.replace(/\/join\/[^/]*$/, '');
  return `${base}/t/${code}/${number}`;
}

/** A name for a participant id from the table's roster (null when they left). */
export function nameIn(roster: TableView['roster'], id: string): string | null {
  return roster.find((p) => p.id === id)?.displayName ?? null;
}

/** A name the builder gave by default ("Table 3"): saying it after the number would repeat it. */
export function isDefaultTableName(name: string, number: number): boolean {
  return name.trim().toLowerCase() === `table ${number}`;
}

/** Who is at the table and who a rotation sent here but has not checked in yet, each in roster order. */
export function rosterPresence(roster: TableView['roster']): { here: TableView['roster']; coming: TableView['roster'] } {
  return { here: roster.filter((p) => p.here !== false), coming: roster.filter((p) => p.here === false) };
}
