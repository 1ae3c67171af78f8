/**
 * The plenary's records of a session, loaded whole (the snapshot, the exports, the archive) and
 * written whole (the archive's import). One query per table.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PlenaryRecords } from '@/lib/domain/plenary/plenary-types';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import {
  cafeTables,
  ideaPlacements,
  ideas,
  itemRatings,
  organiserRatings,
  plenaryActions,
  plenaryVotes,
  quadrantOverrides,
  shortlistItems,
  workstreams,
} from '@/db/schema';
import { getPlenaryState, savePlenaryState } from './plenary-state';

/** The views read these on every change of the plenary: prepared once per database. */
const statements = preparedStatements((db) => {
  const session = sql.placeholder('sessionId');
  return {
    workstreams: db
      .select({ id: workstreams.id, name: workstreams.name, position: workstreams.position })
      .from(workstreams)
      .where(eq(workstreams.sessionId, session))
      .orderBy(asc(workstreams.position), asc(workstreams.id))
      .prepare(),
    placements: db
      .select({ ideaId: ideaPlacements.ideaId, workstreamId: ideaPlacements.workstreamId, sameAsId: ideaPlacements.sameAsId })
      .from(ideaPlacements)
      .where(eq(ideaPlacements.sessionId, session))
      .orderBy(asc(ideaPlacements.ideaId))
      .prepare(),
    shortlist: db
      .select({ itemId: shortlistItems.itemId, position: shortlistItems.position })
      .from(shortlistItems)
      .where(eq(shortlistItems.sessionId, session))
      .orderBy(asc(shortlistItems.position))
      .prepare(),
    participantRatings: db
      .select({ raterId: itemRatings.participantId, itemId: itemRatings.itemId, gain: itemRatings.gain, effort: itemRatings.effort })
      .from(itemRatings)
      .where(eq(itemRatings.sessionId, session))
      .orderBy(asc(itemRatings.itemId), asc(itemRatings.participantId))
      .prepare(),
    organiserRatings: db
      .select({ itemId: organiserRatings.itemId, gain: organiserRatings.gain, effort: organiserRatings.effort })
      .from(organiserRatings)
      .where(eq(organiserRatings.sessionId, session))
      .orderBy(asc(organiserRatings.itemId))
      .prepare(),
    overrides: db
      .select({ itemId: quadrantOverrides.itemId, quadrant: quadrantOverrides.quadrant })
      .from(quadrantOverrides)
      .where(eq(quadrantOverrides.sessionId, session))
      .orderBy(asc(quadrantOverrides.itemId))
      .prepare(),
    actions: db
      .select({
        itemId: plenaryActions.itemId,
        code: plenaryActions.code,
        owner: plenaryActions.owner,
        deadline: plenaryActions.deadline,
        horizon: plenaryActions.horizon,
        objective: plenaryActions.objective,
        status: plenaryActions.status,
        position: plenaryActions.position,
      })
      .from(plenaryActions)
      .where(eq(plenaryActions.sessionId, session))
      .orderBy(asc(plenaryActions.position), asc(plenaryActions.code))
      .prepare(),
  };
});

/** The workstreams, in their order. */
export function loadWorkstreams(db: Queryable, sessionId: string): PlenaryRecords['workstreams'] {
  return statements(db).workstreams.all({ sessionId });
}

/** Where each placed idea stands (an idea without a row is in no workstream and alone). */
export function loadPlacements(db: Queryable, sessionId: string): PlenaryRecords['placements'] {
  return statements(db).placements.all({ sessionId });
}

export function loadShortlist(db: Queryable, sessionId: string): PlenaryRecords['shortlist'] {
  return statements(db).shortlist.all({ sessionId });
}

/** Every rating: the participants' (by item, then rater), then the organiser's (`raterId` null). */
export function loadRatings(db: Queryable, sessionId: string): PlenaryRecords['ratings'] {
  const own = statements(db).organiserRatings.all({ sessionId });
  return [...statements(db).participantRatings.all({ sessionId }), ...own.map((r) => ({ raterId: null, ...r }))];
}

export function loadOverrides(db: Queryable, sessionId: string): PlenaryRecords['overrides'] {
  return statements(db).overrides.all({ sessionId });
}

/** The action plan, in the roadmap's order. */
export function loadActions(db: Queryable, sessionId: string): PlenaryRecords['actions'] {
  return statements(db).actions.all({ sessionId });
}

/** Everything the plenary stored for a session, in a stable order. */
export function loadPlenaryRecords(db: Queryable, sessionId: string): PlenaryRecords {
  return {
    workstreams: loadWorkstreams(db, sessionId),
    placements: loadPlacements(db, sessionId),
    votes: db
      .select({ participantId: plenaryVotes.participantId, itemId: plenaryVotes.itemId, dots: plenaryVotes.dots })
      .from(plenaryVotes)
      .where(eq(plenaryVotes.sessionId, sessionId))
      .orderBy(asc(plenaryVotes.participantId), asc(plenaryVotes.itemId))
      .all(),
    voteStatus: getPlenaryState(db, sessionId).voteStatus,
    shortlist: loadShortlist(db, sessionId),
    ratings: loadRatings(db, sessionId),
    overrides: loadOverrides(db, sessionId),
    actions: loadActions(db, sessionId),
  };
}

/**
 * Replaces the session's plenary records with `records` (the archive's import). The ideas and
 * participants they name must exist in the session. The action counter is kept at least at the
 * highest code imported, so no code is handed out twice.
 */
export function replacePlenaryRecords(tx: Tx, sessionId: string, records: PlenaryRecords, lastActionNumber: number): void {
  for (const table of [ideaPlacements, plenaryVotes, shortlistItems, itemRatings, organiserRatings, quadrantOverrides, plenaryActions, workstreams]) {
    tx.delete(table).where(eq(table.sessionId, sessionId)).run();
  }
  const withSession = <T extends object>(rows: readonly T[]) => rows.map((row) => ({ ...row, sessionId }));
  // In chunks: a large café's votes or ratings would pass SQLite's limit on bound parameters in one statement.
  const insert = <R>(rows: readonly R[], write: (chunk: R[]) => void) => {
    for (let i = 0; i < rows.length; i += 500) write(rows.slice(i, i + 500));
  };
  insert(withSession(records.workstreams), (chunk) => tx.insert(workstreams).values(chunk).run());
  insert(withSession(records.placements), (chunk) => tx.insert(ideaPlacements).values(chunk).run());
  insert(withSession(records.votes), (chunk) => tx.insert(plenaryVotes).values(chunk).run());
  insert(withSession(records.shortlist), (chunk) => tx.insert(shortlistItems).values(chunk).run());
  const byParticipant = records.ratings.flatMap(({ raterId, ...r }) => (raterId === null ? [] : [{ ...r, participantId: raterId, sessionId }]));
  const byOrganiser = records.ratings.flatMap(({ raterId, ...r }) => (raterId === null ? [{ ...r, sessionId }] : []));
  insert(byParticipant, (chunk) => tx.insert(itemRatings).values(chunk).run());
  insert(byOrganiser, (chunk) => tx.insert(organiserRatings).values(chunk).run());
  insert(withSession(records.overrides), (chunk) => tx.insert(quadrantOverrides).values(chunk).run());
  insert(withSession(records.actions), (chunk) => tx.insert(plenaryActions).values(chunk).run());
  savePlenaryState(tx, sessionId, { voteStatus: records.voteStatus, lastActionNumber });
}

/** Who has dots or their own ratings on these items (told their new allocation when the items are forgotten). */
export function holdersOf(db: Queryable, sessionId: string, itemIds: readonly string[]): string[] {
  if (itemIds.length === 0) return [];
  const ids = [...itemIds];
  const voters = db
    .selectDistinct({ id: plenaryVotes.participantId })
    .from(plenaryVotes)
    .where(and(eq(plenaryVotes.sessionId, sessionId), inArray(plenaryVotes.itemId, ids)))
    .all();
  const raters = db
    .selectDistinct({ id: itemRatings.participantId })
    .from(itemRatings)
    .where(and(eq(itemRatings.sessionId, sessionId), inArray(itemRatings.itemId, ids)))
    .all();
  return [...new Set([...voters, ...raters].map((row) => row.id))];
}

/**
 * Forgets items that no longer exist (deleted or merged workstreams, deleted ideas): their dots go
 * back to the voters, and they leave the shortlist, the ratings, the overrides and the action plan.
 */
export function forgetItems(tx: Tx, sessionId: string, itemIds: readonly string[]): void {
  if (itemIds.length === 0) return;
  for (const table of [plenaryVotes, shortlistItems, itemRatings, organiserRatings, quadrantOverrides, plenaryActions]) {
    tx.delete(table)
      .where(and(eq(table.sessionId, sessionId), inArray(table.itemId, [...itemIds])))
      .run();
  }
}

/** The session's consolidated ideas in the café's order: round, table, position. */
export function sessionIdeaIds(db: Queryable, sessionId: string): string[] {
  return db
    .select({ id: ideas.id })
    .from(ideas)
    .innerJoin(cafeTables, eq(cafeTables.id, ideas.tableId))
    .where(eq(ideas.sessionId, sessionId))
    .orderBy(asc(ideas.roundIndex), asc(cafeTables.position), asc(ideas.position), asc(ideas.id))
    .all()
    .map((row) => row.id);
}
