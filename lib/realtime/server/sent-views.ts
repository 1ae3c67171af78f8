/**
 * What each table's room last received, so that a table's view goes out only when what it shows
 * changed. A stage change rebuilds every table's view and moves its `tableSeq`, yet many tables
 * show the same as before: from the sharing into the consolidation, or into the rotation, the notes,
 * the speaking order and the ideas stay as they were. At 2,000 phones that was 12 MB sent again
 * for nothing, and every phone's view waited behind it.
 *
 * Two things do not count as a change: the `tableSeq` (every socket keeps the view it has, and a
 * later view has a higher one), and the +1 counts (the room got them by `table:plus-ones`, which a
 * new view does not replace). A socket of a table's room may also hold a view built for it alone (a
 * snapshot when it connects or asks for one, the console opening the table): if that view differs
 * from what the room last received (the table changed, then changed back before its next broadcast),
 * the table is forgotten, and its next view goes out whatever it shows. Someone seated at a table
 * joins its room with no view of it: the table is forgotten too.
 */
import { createHash } from 'node:crypto';
import type { TableView } from '@/lib/realtime/contract';

/** What a view shows, as a short digest: the same for two views that differ only by `tableSeq` or +1 counts. */
export function shownDigest(view: TableView): string {
  const shown: TableView = {
    ...view,
    tableSeq: 0,
    notes: view.notes.map((note) => ({ ...note, plusOnes: 0 })),
    ideas: view.ideas.map((idea) => ({ ...idea, plusOnes: 0 })),
  };
  return createHash('sha1').update(JSON.stringify(shown)).digest('base64');
}

/**
 * True when two views plainly show different things: a field the digest covers differs at a glance
 * (a round, a count, a length). Most views a stage change builds differ this way (another round, the
 * notes shared), and then no digest is needed: at 2,000 phones the sharing's 200 digests were ~9 ms
 * of the server's thread before the last view went out. False means "look closer", not "the same".
 */
export function differsAtAGlance(a: TableView, b: TableView): boolean {
  return (
    a.tableId !== b.tableId ||
    a.round !== b.round ||
    a.hostId !== b.hostId ||
    a.notesWritten !== b.notesWritten ||
    a.recapClosed !== b.recapClosed ||
    a.roster.length !== b.roster.length ||
    a.notes.length !== b.notes.length ||
    a.ideas.length !== b.ideas.length ||
    a.recap.length !== b.recap.length ||
    (a.speaking === null) !== (b.speaking === null)
  );
}

/** The view last sent to a table's room, with the table's session (forgotten with it); its digest once it was needed. */
type Sent = { sessionId: string; view: TableView; digest?: string };

function digestOf(entry: Sent): string {
  return (entry.digest ??= shownDigest(entry.view));
}

/** Whether `next` shows what the room has (`kept`): digests only where the glance cannot tell, each kept once computed. */
function showsTheSame(kept: Sent, next: Sent): boolean {
  return !differsAtAGlance(kept.view, next.view) && digestOf(kept) === digestOf(next);
}

/** The view last sent to each table's room. */
export function createSentViews() {
  const sent = new Map<string, Sent>();
  return {
    /** True if the room of `view`'s table has not received what it shows; the view is then taken as sent. */
    changed(sessionId: string, view: TableView): boolean {
      const entry = sent.get(view.tableId);
      const next: Sent = { sessionId, view };
      if (entry && showsTheSame(entry, next)) return false;
      sent.set(view.tableId, next);
      return true;
    },
    /** A socket of the table's room got `view`, built for it alone: unless the room has the same, the next view goes out. */
    handedOut(view: TableView): void {
      const entry = sent.get(view.tableId);
      if (entry && !showsTheSame(entry, { sessionId: entry.sessionId, view })) sent.delete(view.tableId);
    },
    /** A socket joined the table's room without its view: the next view goes out. */
    forgetTable(tableId: string): void {
      sent.delete(tableId);
    },
    forgetSession(sessionId: string): void {
      for (const [tableId, entry] of sent) if (entry.sessionId === sessionId) sent.delete(tableId);
    },
  };
}

export type SentViews = ReturnType<typeof createSentViews>;
