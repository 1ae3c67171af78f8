import { eq, sql } from 'drizzle-orm';
import { DEFAULT_PLENARY, PLENARY_STEPS, type PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { plenaryProgrammes } from '@/db/schema';

type ProgrammeRow = typeof plenaryProgrammes.$inferSelect;

function programmeFromRow(row: ProgrammeRow): PlenaryProgramme {
  return {
    steps: PLENARY_STEPS.filter((step) => row[step]),
    restitutionSlotMs: row.restitutionSlotMs,
    stepDurationsMs: { workstreams: row.workstreamsMs, vote: row.voteMs, assessment: row.assessmentMs, actions: row.actionsMs },
    dotsPerPerson: row.dotsPerPerson,
    maxDotsPerItem: row.maxDotsPerItem,
    voteOn: row.voteOn,
    ratedBy: row.ratedBy,
    shortlistSize: row.shortlistSize,
  };
}

function rowFromProgramme(sessionId: string, p: PlenaryProgramme): ProgrammeRow {
  return {
    sessionId,
    restitution: p.steps.includes('restitution'),
    workstreams: p.steps.includes('workstreams'),
    vote: p.steps.includes('vote'),
    assessment: p.steps.includes('assessment'),
    actions: p.steps.includes('actions'),
    restitutionSlotMs: p.restitutionSlotMs,
    workstreamsMs: p.stepDurationsMs.workstreams,
    voteMs: p.stepDurationsMs.vote,
    assessmentMs: p.stepDurationsMs.assessment,
    actionsMs: p.stepDurationsMs.actions,
    dotsPerPerson: p.dotsPerPerson,
    maxDotsPerItem: p.maxDotsPerItem,
    voteOn: p.voteOn,
    ratedBy: p.ratedBy,
    shortlistSize: p.shortlistSize,
  };
}

/**
 * The session's plenary programme. Migration 0006 gave every earlier session a row; a session
 * without one (written by something that bypassed insertSession) reads as DEFAULT_PLENARY.
 */
const statements = preparedStatements((db) => ({
  bySession: db
    .select()
    .from(plenaryProgrammes)
    .where(eq(plenaryProgrammes.sessionId, sql.placeholder('sessionId')))
    .prepare(),
}));

export function loadProgramme(db: Queryable, sessionId: string): PlenaryProgramme {
  const row = statements(db).bySession.get({ sessionId });
  return row ? programmeFromRow(row) : structuredClone(DEFAULT_PLENARY);
}

/** Stores the programme (the draft's `plenary`), replacing the previous one. */
export function saveProgramme(tx: Tx, sessionId: string, programme: PlenaryProgramme): void {
  const { sessionId: _key, ...fields } = rowFromProgramme(sessionId, programme);
  tx.insert(plenaryProgrammes)
    .values({ sessionId, ...fields })
    .onConflictDoUpdate({ target: plenaryProgrammes.sessionId, set: fields })
    .run();
}
