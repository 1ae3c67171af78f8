/**
 * Effort × gain: the shortlist, the ratings (participants' through statements prepared once per
 * database — 2,000 phones rate at once), the organiser's ratings and quadrant overrides.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Quadrant } from '@/lib/domain/plenary/plenary-types';
import { inJsonList, preparedStatements, type Queryable, type Tx } from '@/db/client';
import { itemRatings, organiserRatings, quadrantOverrides, shortlistItems } from '@/db/schema';

const statements = preparedStatements((db) => ({
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
  mine: db
    .select({ itemId: itemRatings.itemId, gain: itemRatings.gain, effort: itemRatings.effort })
    .from(itemRatings)
    .where(eq(itemRatings.participantId, sql.placeholder('participantId')))
    .prepare(),
  shortlist: db
    .select({ itemId: shortlistItems.itemId })
    .from(shortlistItems)
    .where(eq(shortlistItems.sessionId, sql.placeholder('sessionId')))
    .orderBy(asc(shortlistItems.position))
    .prepare(),
  // Raters whose ratings cover every listed item (a JSON array): `count` of them.
  fullRaters: db
    .select({ n: sql<number>`count(*)` })
    .from(
      db
        .select({ rated: sql<number>`count(*)`.as('rated') })
        .from(itemRatings)
        .where(and(eq(itemRatings.sessionId, sql.placeholder('sessionId')), inJsonList(itemRatings.itemId, 'itemIds')))
        .groupBy(itemRatings.participantId)
        .as('per_rater'),
    )
    .where(sql`rated >= ${sql.placeholder('count')}`)
    .prepare(),
}));

/** A participant's gain and effort for an item; null takes the rating back. Idempotent. */
export function setRating(db: Queryable, sessionId: string, participantId: string, itemId: string, rating: { gain: number; effort: number } | null): void {
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

/** One person's own ratings, by item (items no longer shortlisted included). */
export function ratingsOf(db: Queryable, participantId: string): Record<string, { gain: number; effort: number }> {
  const out: Record<string, { gain: number; effort: number }> = {};
  for (const row of statements(db).mine.all({ participantId })) out[row.itemId] = { gain: row.gain, effort: row.effort };
  return out;
}

/** The shortlisted items' ids, in order. */
export function shortlistIds(db: Queryable, sessionId: string): string[] {
  return statements(db)
    .shortlist.all({ sessionId })
    .map((row) => row.itemId);
}

/** How many people have rated every one of these items (the assessment's progress; nobody's values leave the database). */
export function countFullRaters(db: Queryable, sessionId: string, itemIds: readonly string[]): number {
  if (itemIds.length === 0) return 0;
  return statements(db).fullRaters.get({ sessionId, itemIds: JSON.stringify(itemIds), count: itemIds.length })?.n ?? 0;
}
