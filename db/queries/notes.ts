import { and, asc, count, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '@/db/client';
import { notes, participants } from '@/db/schema';

export type NoteRow = typeof notes.$inferSelect;

export function getNote(db: Queryable, id: string): NoteRow | null {
  return db.select().from(notes).where(eq(notes.id, id)).get() ?? null;
}

export function insertNote(tx: Tx, row: NoteRow): void {
  tx.insert(notes).values(row).run();
}

export function updateNoteText(tx: Tx, id: string, text: string, now: number): void {
  tx.update(notes).set({ text, updatedAt: now }).where(eq(notes.id, id)).run();
}

export function deleteNote(tx: Tx, id: string): void {
  tx.delete(notes).where(eq(notes.id, id)).run();
}

export function countNotesOf(db: Queryable, authorId: string, round: number): number {
  return (
    db
      .select({ n: count() })
      .from(notes)
      .where(and(eq(notes.authorId, authorId), eq(notes.roundIndex, round)))
      .get()?.n ?? 0
  );
}

export function countNotesAt(db: Queryable, tableId: string, round: number): number {
  return (
    db
      .select({ n: count() })
      .from(notes)
      .where(and(eq(notes.tableId, tableId), eq(notes.roundIndex, round)))
      .get()?.n ?? 0
  );
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

export function myNotes(db: Queryable, authorId: string, round: number) {
  return db
    .select({ id: notes.id, text: notes.text, round: notes.roundIndex, tableId: notes.tableId })
    .from(notes)
    .where(and(eq(notes.authorId, authorId), eq(notes.roundIndex, round)))
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .all();
}
