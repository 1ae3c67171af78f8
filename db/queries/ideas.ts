import { and, asc, eq, max, sql } from 'drizzle-orm';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { ideaSources, ideas } from '@/db/schema';

export type IdeaRow = typeof ideas.$inferSelect;

const statements = preparedStatements((db) => ({
  byId: db
    .select()
    .from(ideas)
    .where(eq(ideas.id, sql.placeholder('id')))
    .prepare(),
}));

export function getIdea(db: Queryable, id: string): IdeaRow | null {
  return statements(db).byId.get({ id }) ?? null;
}

export function ideasAt(db: Queryable, tableId: string, round: number): IdeaRow[] {
  return db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tableId, tableId), eq(ideas.roundIndex, round)))
    .orderBy(asc(ideas.position), asc(ideas.createdAt))
    .all();
}

export type Lineage = { noteIds: string[]; authors: { id: string; name: string }[] };

export function nextIdeaPosition(db: Queryable, tableId: string, round: number): number {
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
