import { and, asc, eq, inArray, lt, max, sql } from 'drizzle-orm';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { ideaSources, ideas, participants } from '@/db/schema';

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

/** Ideas consolidated at a table before `round`, by round then position: the recap for newcomers. */
export function ideasBefore(db: Queryable, tableId: string, round: number): IdeaRow[] {
  return db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tableId, tableId), lt(ideas.roundIndex, round)))
    .orderBy(asc(ideas.roundIndex), asc(ideas.position))
    .all();
}

export type Lineage = { noteIds: string[]; authors: { id: string; name: string }[] };

/** The notes each idea was merged from, and their authors (each once, in the notes' order). */
export function lineageOf(db: Queryable, ideaIds: readonly string[]): Map<string, Lineage> {
  const out = new Map<string, Lineage>();
  if (ideaIds.length === 0) return out;
  const rows = db
    .select({ ideaId: ideaSources.ideaId, noteId: ideaSources.noteId, authorId: ideaSources.authorId, name: participants.displayName })
    .from(ideaSources)
    .leftJoin(participants, eq(participants.id, ideaSources.authorId))
    .where(inArray(ideaSources.ideaId, [...ideaIds]))
    .orderBy(asc(ideaSources.position))
    .all();
  for (const row of rows) {
    const entry = out.get(row.ideaId) ?? { noteIds: [], authors: [] };
    entry.noteIds.push(row.noteId);
    if (row.authorId && row.name && !entry.authors.some((a) => a.id === row.authorId)) entry.authors.push({ id: row.authorId, name: row.name });
    out.set(row.ideaId, entry);
  }
  return out;
}

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
