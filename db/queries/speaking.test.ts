import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import type { SpeakingQueue } from '@/lib/domain/speaking-order';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { insertSession } from './sessions';
import { loadQueue, saveNewQueues, saveQueue } from './speaking';

let dir: string;
let db: Db;
const S = 's1';
const table = (n: number) => `${S}:t${n}`;

function queueOf(people: number, prefix: string, slotMs = 60_000): SpeakingQueue {
  return {
    turns: Array.from({ length: people }, (_, i) => ({ participantId: `${prefix}${i}`, status: i === 0 ? 'speaking' : 'waiting', skipped: i % 7 === 3 })),
    slotMs,
    startedAt: 1_000,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tournee-speaking-'));
  db = openDatabase(join(dir, 'test.db'));
  migrateDatabase(db);
  db.transaction((tx) => insertSession(tx, { id: S, code: 'ABCDEF', screenKey: 'screen' }, makeDraft(), 0));
});

afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('saving the tours de table a stage change starts', () => {
  it.each([
    { name: 'none', sizes: [] },
    { name: 'a few people', sizes: [3, 1] },
    { name: 'exactly one statement’s worth of turns', sizes: [60, 40] },
    { name: 'more turns than one statement holds, with a remainder', sizes: [120, 95, 7] },
  ])('$name: each table reads back its own queue, in order', ({ sizes }) => {
    const queues = sizes.map((people, i) => ({ tableId: table(i + 1), queue: queueOf(people, `t${i + 1}-p`, 30_000 + i) }));
    db.transaction((tx) => saveNewQueues(tx, 2, queues));
    for (const { tableId, queue } of queues) expect(loadQueue(db, tableId, 2)).toEqual(queue);
    expect(loadQueue(db, table(1), 1)).toBeNull(); // another round is untouched
  });

  it('a queue saved later replaces a new one whole', () => {
    db.transaction((tx) => saveNewQueues(tx, 0, [{ tableId: table(1), queue: queueOf(5, 'a') }]));
    db.transaction((tx) => saveQueue(tx, table(1), 0, queueOf(2, 'b', 10_000)));
    expect(loadQueue(db, table(1), 0)).toEqual(queueOf(2, 'b', 10_000));
  });
});
