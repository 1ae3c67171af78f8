import { preparedStatements, type Queryable, type Tx } from '@/db/client';

/** Work a stage change left until just after its broadcast (decision 0020). */
export type StageWork = { sessionId: string; kind: 'speaking' | 'seating'; round: number };

const statements = preparedStatements((db) => ({
  mark: db.$client.prepare('insert or ignore into stage_work (session_id, kind, round_index) values (?, ?, ?)'),
  clear: db.$client.prepare('delete from stage_work where session_id = ? and kind = ? and round_index = ?'),
  pending: db.$client.prepare<[], StageWork>('select session_id as sessionId, kind, round_index as round from stage_work order by rowid'),
}));

/** Written with the stage change, in its transaction: the work is due. */
export function markStageWork(tx: Tx, work: StageWork): void {
  statements(tx).mark.run(work.sessionId, work.kind, work.round);
}

/** Written by the transaction that does the work. */
export function clearStageWork(tx: Tx, work: StageWork): void {
  statements(tx).clear.run(work.sessionId, work.kind, work.round);
}

/** What is still due (a server stopped between a stage's commit and its work), oldest first. */
export function pendingStageWork(db: Queryable): StageWork[] {
  return statements(db).pending.all();
}
