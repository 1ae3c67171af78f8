/**
 * Who may see which note, and with which author name, by phase and role. Pure and total: the
 * server projects every snapshot and broadcast through these rules.
 */
import { currentRound, type Stage } from './session-machine';

export type Viewer = { role: 'participant' | 'host'; participantId: string; tableId: string | null } | { role: 'organiser' } | { role: 'screen' };

export type NoteRef = { authorId: string; tableId: string; round: number };

/** True once the round's reflection is over: from its sharing phase on, a note belongs to its table. */
export function isShared(round: number, stage: Stage): boolean {
  switch (stage.kind) {
    case 'lobby':
      return false;
    case 'phase':
      return stage.round > round || (stage.round === round && stage.phase !== 'reflection');
    case 'rotation':
      return stage.afterRound >= round;
    case 'plenary':
    case 'closed':
      return true;
  }
}

/**
 * Authors always see their notes. Their table (participants and host) sees them once shared; the
 * organiser sees shared notes of every table. The projector never shows individual notes.
 */
export function canSeeNote(viewer: Viewer, note: NoteRef, stage: Stage): boolean {
  switch (viewer.role) {
    case 'screen':
      return false;
    case 'organiser':
      return isShared(note.round, stage);
    case 'participant':
    case 'host':
      if (viewer.participantId === note.authorId) return true;
      return viewer.tableId === note.tableId && isShared(note.round, stage);
  }
}

/**
 * A table's view is one message for everyone seated there and the organiser: it shows a note only
 * when all of them may see it, i.e. once shared (its author already has it among their own notes).
 */
export function inTableView(note: NoteRef, stage: Stage): boolean {
  return isShared(note.round, stage);
}

/**
 * What of the stage a table's view shows: the round it is about (null before the first), and whether
 * that round's notes are shared yet. Everything else a view shows is the table's own content.
 */
export function tableViewStage(stage: Stage, roundCount: number): { round: number | null; shared: boolean } {
  const round = currentRound(stage, roundCount);
  return { round, shared: round !== null && isShared(round, stage) };
}

/**
 * Whether a move from one stage to another can change what tables show: only if it changes the
 * round they show or whether its notes are shared. The one table content a move writes, the tours
 * de table, starts with the sharing, which shares the notes; entering the sharing again ("back" from
 * the consolidation) keeps the tours there are. So a move that changes neither — sharing →
 * consolidation → rotation, into and through the plenary — leaves every table's view as it was.
 */
export function moveChangesTableViews(from: Stage, to: Stage, roundCount: number): boolean {
  const before = tableViewStage(from, roundCount);
  const after = tableViewStage(to, roundCount);
  return before.round !== after.round || before.shared !== after.shared;
}

/**
 * Who wrote a note (or the notes behind an idea), as views show it: nobody's id or name in an
 * anonymous session — not even to the author, whose phone recognises its own notes by their ids.
 */
export function shownAuthor(author: { id: string; name: string | null }, anonymous: boolean): { authorId: string | null; authorName: string | null } {
  return anonymous ? { authorId: null, authorName: null } : { authorId: author.id, authorName: author.name };
}

/** +1s are counted, never attributed (in any session): views carry how many; each person is told their own. */
export function plusOnesShown(givers: readonly string[]): number {
  return givers.length;
}

/** Who may write, edit or delete a note now: its author, at their table, during the reflection of the current round. */
export function canWriteNotes(stage: Stage): stage is Extract<Stage, { kind: 'phase' }> {
  return stage.kind === 'phase' && stage.phase === 'reflection';
}

/** The host shapes the table's ideas during consolidation; the organiser from the start until the café closes (then they are final). */
export function canConsolidate(role: Viewer['role'], stage: Stage): boolean {
  if (role === 'organiser') return stage.kind !== 'lobby' && stage.kind !== 'closed';
  return role === 'host' && stage.kind === 'phase' && stage.phase === 'consolidation';
}
