/**
 * The plenary's state beyond the stage (the stage itself is in the session's live columns): the
 * idea being presented, the vote's status, the action-code counter. A session without a row has
 * the defaults; every write creates it.
 */
import { eq, sql } from 'drizzle-orm';
import type { VoteStatus } from '@/lib/domain/plenary/plenary-types';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { plenaryStates } from '@/db/schema';

export type PlenaryState = { presentedIdeaId: string | null; voteStatus: VoteStatus; lastActionNumber: number };

export const INITIAL_PLENARY_STATE: PlenaryState = { presentedIdeaId: null, voteStatus: 'not-started', lastActionNumber: 0 };

const statements = preparedStatements((db) => ({
  bySession: db
    .select({ presentedIdeaId: plenaryStates.presentedIdeaId, voteStatus: plenaryStates.voteStatus, lastActionNumber: plenaryStates.lastActionNumber })
    .from(plenaryStates)
    .where(eq(plenaryStates.sessionId, sql.placeholder('sessionId')))
    .prepare(),
}));

/** Read by every vote (prepared once per database). */
export function getPlenaryState(db: Queryable, sessionId: string): PlenaryState {
  return statements(db).bySession.get({ sessionId }) ?? { ...INITIAL_PLENARY_STATE };
}

/** Writes some fields of the state (the others keep their value). */
export function savePlenaryState(tx: Tx, sessionId: string, change: Partial<PlenaryState>): void {
  tx.insert(plenaryStates)
    .values({ ...INITIAL_PLENARY_STATE, ...change, sessionId })
    .onConflictDoUpdate({ target: plenaryStates.sessionId, set: change })
    .run();
}

/** The idea the presenting host shows (null: none). The caller checks it belongs to the presenting table. */
export function setPresentedIdea(tx: Tx, sessionId: string, ideaId: string | null): void {
  savePlenaryState(tx, sessionId, { presentedIdeaId: ideaId });
}

export function setVoteStatus(tx: Tx, sessionId: string, voteStatus: VoteStatus): void {
  savePlenaryState(tx, sessionId, { voteStatus });
}
