import { and, asc, eq } from 'drizzle-orm';
import type { SpeakingQueue } from '@/lib/domain/speaking-order';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { speakingTurns, tableRounds } from '@/db/schema';

/** The stored tour de table of a table in a round, or null when it has not started. */
export function loadQueue(db: Queryable, tableId: string, round: number): SpeakingQueue | null {
  const meta = db
    .select()
    .from(tableRounds)
    .where(and(eq(tableRounds.tableId, tableId), eq(tableRounds.roundIndex, round)))
    .get();
  if (!meta) return null;
  const turns = db
    .select()
    .from(speakingTurns)
    .where(and(eq(speakingTurns.tableId, tableId), eq(speakingTurns.roundIndex, round)))
    .orderBy(asc(speakingTurns.position))
    .all()
    .map(({ participantId, status, skipped }) => ({ participantId, status, skipped }));
  return { turns, slotMs: meta.slotMs, startedAt: meta.speakerStartedAt };
}

const statements = preparedStatements((db) => ({
  saveMeta: db.$client.prepare(
    `insert into table_rounds (table_id, round_index, slot_ms, speaker_started_at) values (?, ?, ?, ?)
     on conflict (table_id, round_index) do update set slot_ms = excluded.slot_ms, speaker_started_at = excluded.speaker_started_at`,
  ),
  clearTurns: db.$client.prepare('delete from speaking_turns where table_id = ? and round_index = ?'),
  addTurn: db.$client.prepare('insert into speaking_turns (table_id, round_index, position, participant_id, status, skipped) values (?, ?, ?, ?, ?, ?)'),
  addTurns: db.$client.prepare(addTurnsSql(TURNS_PER_INSERT)),
  started: db.$client.prepare<[number, string], { tableId: string }>(
    'select table_id as tableId from table_rounds where round_index = ? and table_id in (select id from cafe_tables where session_id = ?)',
  ),
}));

/** A table's tour de table for a round, in place of the one stored. */
export function saveQueue(tx: Tx, tableId: string, round: number, queue: SpeakingQueue): void {
  statements(tx).clearTurns.run(tableId, round);
  saveNewQueues(tx, round, [{ tableId, queue }]);
}

/** Turns written by one statement: 2,000 people's turns in 20 statements instead of 2,000. */
const TURNS_PER_INSERT = 100;

/**
 * New tours de table for tables that have none for this round (none was started, so there are no
 * turns to clear): the sharing's start writes 200 of them at once, just after its state goes out.
 */
export function saveNewQueues(tx: Tx, round: number, queues: readonly { tableId: string; queue: SpeakingQueue }[]): void {
  const s = statements(tx);
  const turns: (string | number)[][] = [];
  for (const { tableId, queue } of queues) {
    s.saveMeta.run(tableId, round, queue.slotMs, queue.startedAt);
    queue.turns.forEach((t, position) => turns.push([tableId, round, position, t.participantId, t.status, t.skipped ? 1 : 0]));
  }
  const whole = turns.length - (turns.length % TURNS_PER_INSERT);
  for (let i = 0; i < whole; i += TURNS_PER_INSERT) s.addTurns.run(turns.slice(i, i + TURNS_PER_INSERT).flat());
  // The rest one by one (a statement prepared for every other size would be one more to keep).
  for (const turn of turns.slice(whole)) s.addTurn.run(turn);
}

function addTurnsSql(rows: number): string {
  return `insert into speaking_turns (table_id, round_index, position, participant_id, status, skipped) values ${Array(rows).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`;
}

/** The tables of a session whose tour de table for `round` has started. */
export function tablesWithQueue(db: Queryable, sessionId: string, round: number): Set<string> {
  return new Set(
    statements(db)
      .started.all(round, sessionId)
      .map((r) => r.tableId),
  );
}
