/** Where a consolidated idea came from: the notes merged into it, their round, table and authors. */

export type SourceNote = { id: string; authorId: string; tableId: string; round: number };

export type Lineage = { round: number; tableId: string; noteIds: string[]; authorIds: string[] };

export type LineageError = 'unknown-note' | 'other-table' | 'other-round';

/**
 * The lineage of an idea merged from `noteIds` at `tableId` in `round`. Every note must be a note of
 * that table and round. Authors are listed once each, in the order of the notes, and not at all in
 * an anonymous session. An idea may also be written from scratch (no notes).
 */
export function ideaLineage(
  noteIds: readonly string[],
  notes: ReadonlyMap<string, SourceNote>,
  at: { tableId: string; round: number },
  anonymous: boolean,
): { ok: true; lineage: Lineage } | { ok: false; code: LineageError; noteId: string } {
  const authors: string[] = [];
  const unique = [...new Set(noteIds)];
  for (const id of unique) {
    const note = notes.get(id);
    if (!note) return { ok: false, code: 'unknown-note', noteId: id };
    if (note.tableId !== at.tableId) return { ok: false, code: 'other-table', noteId: id };
    if (note.round !== at.round) return { ok: false, code: 'other-round', noteId: id };
    if (!authors.includes(note.authorId)) authors.push(note.authorId);
  }
  return { ok: true, lineage: { round: at.round, tableId: at.tableId, noteIds: unique, authorIds: anonymous ? [] : authors } };
}
