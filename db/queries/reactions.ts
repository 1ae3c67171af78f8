import { eq } from 'drizzle-orm';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { reactions } from '@/db/schema';

const statements = preparedStatements((db) => ({
  add: db.$client.prepare(
    'insert into reactions (target_id, participant_id, session_id, table_id) values (@targetId, @participantId, @sessionId, @tableId) on conflict do nothing',
  ),
  remove: db.$client.prepare('delete from reactions where target_id = ? and participant_id = ?'),
  mine: db.$client.prepare<[string], { targetId: string }>('select target_id as targetId from reactions where participant_id = ?'),
  givers: db.$client.prepare<[string], { participantId: string }>('select participant_id as participantId from reactions where target_id = ?'),
}));

/** Sets or clears one person's +1 (idempotent both ways). */
export function setReaction(tx: Tx, row: typeof reactions.$inferInsert, on: boolean): void {
  if (on) statements(tx).add.run(row);
  else statements(tx).remove.run(row.targetId, row.participantId);
}

/** Who gave a +1 to each of these notes and ideas (an entry for each, empty when nobody did). */
export function giversOf(db: Queryable, targetIds: readonly string[]): Map<string, string[]> {
  const givers = statements(db).givers;
  return new Map(targetIds.map((id) => [id, givers.all(id).map((r) => r.participantId)]));
}

/** What one person gave a +1 to, in a session. */
export function myReactions(db: Queryable, participantId: string): string[] {
  return statements(db)
    .mine.all(participantId)
    .map((r) => r.targetId);
}

/** Removes every +1 given to something deleted. */
export function setReactionsCleared(tx: Tx, targetId: string): void {
  tx.delete(reactions).where(eq(reactions.targetId, targetId)).run();
}
