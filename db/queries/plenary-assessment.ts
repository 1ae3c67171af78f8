/**
 * Effort × gain: the shortlist, the ratings (participants' through statements prepared once per
 * database — 2,000 phones rate at once; run them inside the command's transaction), the
 * organiser's ratings and quadrant overrides.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Quadrant } from '@/lib/domain/plenary/plenary-types';
import type { Db, Tx } from '@/db/client';
import { itemRatings, organiserRatings, quadrantOverrides, shortlistItems } from '@/db/schema';

function prepareRatingStatements(db: Db) {
  return {
    upsert: db
      .insert(itemRatings)
      .values({
        sessionId: sql.placeholder('sessionId'),
        participantId: sql.placeholder('participantId'),
        itemId: sql.placeholder('itemId'),
        gain: sql.placeholder('gain'),
        effort: sql.placeholder('effort'),
      })
      .onConflictDoUpdate({ target: [itemRatings.participantId, itemRatings.itemId], set: { gain: sql`excluded.gain`, effort: sql`excluded.effort` } })
      .prepare(),
    remove: db
      .delete(itemRatings)
      .where(and(eq(itemRatings.participantId, sql.placeholder('participantId')), eq(itemRatings.itemId, sql.placeholder('itemId'))))
      .prepare(),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareRatingStatements>>();

function statements(db: Db) {
  let s = prepared.get(db);
  if (!s) {
    s = prepareRatingStatements(db);
    prepared.set(db, s);
  }
  return s;
}

/** A participant's gain and effort for an item; null takes the rating back. Idempotent. */
export function setRating(db: Db, sessionId: string, participantId: string, itemId: string, rating: { gain: number; effort: number } | null): void {
  if (rating) statements(db).upsert.run({ sessionId, participantId, itemId, ...rating });
  else statements(db).remove.run({ participantId, itemId });
}

/** The organiser's own gain and effort for an item; null takes it back. */
export function setOrganiserRating(tx: Tx, sessionId: string, itemId: string, rating: { gain: number; effort: number } | null): void {
  if (rating) {
    tx.insert(organiserRatings)
      .values({ sessionId, itemId, ...rating })
      .onConflictDoUpdate({ target: [organiserRatings.sessionId, organiserRatings.itemId], set: rating })
      .run();
  } else
    tx.delete(organiserRatings)
      .where(and(eq(organiserRatings.sessionId, sessionId), eq(organiserRatings.itemId, itemId)))
      .run();
}

/** Replaces the shortlist with these items, in this order. Ratings and overrides of items left out are kept (an item put back finds them). */
export function replaceShortlist(tx: Tx, sessionId: string, shortlist: readonly { itemId: string; position: number }[]): void {
  tx.delete(shortlistItems).where(eq(shortlistItems.sessionId, sessionId)).run();
  if (shortlist.length > 0)
    tx.insert(shortlistItems)
      .values(shortlist.map((s) => ({ ...s, sessionId })))
      .run();
}

/** Moves an item to a quadrant, or back to its medians' (null). */
export function setQuadrantOverride(tx: Tx, sessionId: string, itemId: string, quadrant: Quadrant | null): void {
  if (quadrant) {
    tx.insert(quadrantOverrides)
      .values({ sessionId, itemId, quadrant })
      .onConflictDoUpdate({ target: [quadrantOverrides.sessionId, quadrantOverrides.itemId], set: { quadrant } })
      .run();
  } else
    tx.delete(quadrantOverrides)
      .where(and(eq(quadrantOverrides.sessionId, sessionId), eq(quadrantOverrides.itemId, itemId)))
      .run();
}
