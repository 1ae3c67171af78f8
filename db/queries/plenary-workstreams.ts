/**
 * Workstreams and where ideas stand (workstream, "same as"). The rules that decide what to write
 * are in lib/domain/plenary/workstreams.ts; these write their result.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Placement, Workstream } from '@/lib/domain/plenary/workstreams';
import type { Tx } from '@/db/client';
import { ideaPlacements, workstreams } from '@/db/schema';
import { forgetItems } from './plenary-records';

/** Creates or updates workstreams (a rename, a new order: the whole rows). */
export function saveWorkstreams(tx: Tx, sessionId: string, rows: readonly Workstream[]): void {
  for (const row of rows) {
    tx.insert(workstreams)
      .values({ ...row, sessionId })
      .onConflictDoUpdate({ target: workstreams.id, set: { name: row.name, position: row.position } })
      .run();
  }
}

/**
 * Deletes workstreams of the session: their ideas are no longer placed (the foreign key clears
 * them), and as items they are forgotten (dots back to their voters, out of the shortlist, ratings,
 * overrides and action plan). Returns the ids that existed.
 */
export function deleteWorkstreams(tx: Tx, sessionId: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const deleted = tx
    .delete(workstreams)
    .where(and(eq(workstreams.sessionId, sessionId), inArray(workstreams.id, [...ids])))
    .returning({ id: workstreams.id })
    .all()
    .map((row) => row.id);
  forgetItems(tx, sessionId, deleted);
  return deleted;
}

/** Writes placements (whole rows: a retry writes the same values). */
export function savePlacements(tx: Tx, sessionId: string, rows: readonly Placement[]): void {
  for (const row of rows) {
    tx.insert(ideaPlacements)
      .values({ ...row, sessionId })
      .onConflictDoUpdate({ target: ideaPlacements.ideaId, set: { workstreamId: row.workstreamId, sameAsId: row.sameAsId } })
      .run();
  }
}

/** Writes a merge (from mergeWorkstreams): the ideas move first, then the merged workstreams go (which would unplace them). */
export function saveMerge(tx: Tx, sessionId: string, merge: { writes: readonly Placement[]; deleted: readonly string[] }): void {
  savePlacements(tx, sessionId, merge.writes);
  deleteWorkstreams(tx, sessionId, merge.deleted);
}
