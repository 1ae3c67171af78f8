import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { notes, participants } from '@/db/schema';

export type NoteRow = typeof notes.$inferSelect;

const statements = preparedStatements((db) => ({
  byId: db
    .select()
    .from(notes)
    .where(eq(notes.id, sql.placeholder('id')))
    .prepare(),
  mine: db
    .select({ id: notes.id, text: notes.text, round: notes.roundIndex, tableId: notes.tableId })
    .from(notes)
    .where(and(eq(notes.authorId, sql.placeholder('authorId')), eq(notes.roundIndex, sql.placeholder('round'))))
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .prepare(),
  countOf: db
    .select({ n: count() })
    .from(notes)
    .where(and(eq(notes.authorId, sql.placeholder('authorId')), eq(notes.roundIndex, sql.placeholder('round'))))
    .prepare(),
  insert: db.$client.prepare(
    'insert into notes (id, session_id, round_index, table_id, author_id, text, created_at, updated_at) values (@id, @sessionId, @roundIndex, @tableId, @authorId, @text, @createdAt, @updatedAt)',
  ),
}));

export function getNote(db: Queryable, id: string): NoteRow | null {
  return statements(db).byId.get({ id }) ?? null;
}

export function insertNote(tx: Tx, row: NoteRow): void {
  statements(tx).insert.run(row);
}

export function updateNoteText(tx: Tx, id: string, text: string, now: number): void {
  tx.update(notes).set({ text, updatedAt: now }).where(eq(notes.id, id)).run();
}

/** Moves an author's notes of a round to their new table; returns the tables they left (whose counts changed). */
export function moveNotesOf(tx: Tx, authorId: string, round: number, tableId: string): string[] {
  const elsewhere = and(eq(notes.authorId, authorId), eq(notes.roundIndex, round), ne(notes.tableId, tableId));
  const left = tx.selectDistinct({ tableId: notes.tableId }).from(notes).where(elsewhere).all();
  if (left.length === 0) return [];
  tx.update(notes).set({ tableId }).where(elsewhere).run();
  return left.map((row) => row.tableId);
}

export function deleteNote(tx: Tx, id: string): void {
  tx.delete(notes).where(eq(notes.id, id)).run();
}

export function countNotesOf(db: Queryable, authorId: string, round: number): number {
  return statements(db).countOf.get({ authorId, round })?.n ?? 0;
}

/** A table's notes of a round, oldest first, with their authors' names. */
export function notesAt(db: Queryable, tableId: string, round: number) {
  return db
    .select({ id: notes.id, text: notes.text, authorId: notes.authorId, authorName: participants.displayName, round: notes.roundIndex, tableId: notes.tableId })
    .from(notes)
    .innerJoin(participants, eq(participants.id, notes.authorId))
    .where(and(eq(notes.tableId, tableId), eq(notes.roundIndex, round)))
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .all();
}

/** A person's own notes of a round, oldest first (every phone's snapshot reads them: prepared once). */
export function myNotes(db: Queryable, authorId: string, round: number) {
  return statements(db).mine.all({ authorId, round });
}
