/**
 * The action plan's writes. Codes come from lib/domain/plenary/actions.ts (upsertAction), which
 * also returns the counter to store with the action, in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import { actionCode, nextActionNumber, type Action } from '@/lib/domain/plenary/actions';
import type { Queryable, Tx } from '@/db/client';
import { plenaryActions } from '@/db/schema';
import { getPlenaryState, savePlenaryState } from './plenary-state';

/** Stores an action (new or edited) and the counter the code came from. */
export function saveAction(tx: Tx, sessionId: string, action: Action, lastActionNumber: number): void {
  const { itemId: _itemId, ...fields } = action;
  tx.insert(plenaryActions)
    .values({ ...action, sessionId })
    .onConflictDoUpdate({ target: [plenaryActions.sessionId, plenaryActions.itemId], set: fields })
    .run();
  savePlenaryState(tx, sessionId, { lastActionNumber });
}

/** Writes a new roadmap order (whole list from reorderActions). */
export function saveActionPositions(tx: Tx, sessionId: string, actions: readonly Pick<Action, 'itemId' | 'position'>[]): void {
  for (const { itemId, position } of actions) {
    tx.update(plenaryActions)
      .set({ position })
      .where(and(eq(plenaryActions.sessionId, sessionId), eq(plenaryActions.itemId, itemId)))
      .run();
  }
}

/** Removes an item's action; its code is not handed out again (the counter stays). */
export function deleteAction(tx: Tx, sessionId: string, itemId: string): void {
  tx.delete(plenaryActions)
    .where(and(eq(plenaryActions.sessionId, sessionId), eq(plenaryActions.itemId, itemId)))
    .run();
}

/** The code the next new action will get (to show it before saving). */
export function nextActionCode(db: Queryable, sessionId: string): string {
  const codes = db.select({ code: plenaryActions.code }).from(plenaryActions).where(eq(plenaryActions.sessionId, sessionId)).all();
  return actionCode(nextActionNumber(codes, getPlenaryState(db, sessionId).lastActionNumber));
}
