import { and, asc, eq, lt, max } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ideaSources, ideas } from '@/db/schema';
import type { Tx } from './sessions';

type Q = Db | Tx;
export type IdeaRow = typeof ideas.$inferSelect;

export function getIdea(db: Q, id: string): IdeaRow | null {
  return db.select().from(ideas).where(eq(ideas.id, id)).get() ?? null;
}

export function ideasAt(db: Q, tableId: string, round: number): IdeaRow[] {
  return db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tableId, tableId), eq(ideas.roundIndex, round)))
    .orderBy(asc(ideas.position), asc(ideas.createdAt))
    .all();
}

/** Ideas consolidated at a table before `round`, by round then position: the recap for newcomers. */
export function ideasBefore(db: Q, tableId: string, round: number): IdeaRow[] {
  return db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tableId, tableId), lt(ideas.roundIndex, round)))
    .orderBy(asc(ideas.roundIndex), asc(ideas.position))
    .all();
}

export function sourcesOf(db: Q, ideaId: string) {
  return db.select().from(ideaSources).where(eq(ideaSources.ideaId, ideaId)).orderBy(asc(ideaSources.position)).all();
}

export function nextIdeaPosition(db: Q, tableId: string, round: number): number {
  const row = db
    .select({ top: max(ideas.position) })
    .from(ideas)
    .where(and(eq(ideas.tableId, tableId), eq(ideas.roundIndex, round)))
    .get();
  return (row?.top ?? -1) + 1;
}

export function insertIdea(tx: Tx, row: IdeaRow, sources: { noteId: string; authorId: string }[]): void {
  tx.insert(ideas).values(row).run();
  if (sources.length > 0) {
    tx.insert(ideaSources)
      .values(sources.map((s, position) => ({ ideaId: row.id, noteId: s.noteId, authorId: s.authorId, position })))
      .run();
  }
}

export function updateIdeaText(tx: Tx, id: string, text: string, now: number): void {
  tx.update(ideas).set({ text, updatedAt: now }).where(eq(ideas.id, id)).run();
}

export function deleteIdea(tx: Tx, id: string): void {
  tx.delete(ideas).where(eq(ideas.id, id)).run();
}

export function setIdeaPosition(tx: Tx, id: string, position: number): void {
  tx.update(ideas).set({ position }).where(eq(ideas.id, id)).run();
}
