import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { CommitBatcher, type JobOutcome } from '@/lib/realtime/server/commit-batcher';
import { tempDbPath } from '@/tests/helpers/test-server';

let cleanup: (() => void) | null = null;

function freshDb(): Db {
  const temp = tempDbPath();
  const db = openDatabase(temp.path);
  db.$client.exec('create table kept (id integer primary key, v text not null)');
  cleanup = () => {
    db.$client.close();
    temp.cleanup();
  };
  return db;
}

afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const rows = (db: Db) => (db.$client.prepare('select v from kept order by id').all() as { v: string }[]).map((r) => r.v);

/**
 * No budget: these tests are about one batch, and a loaded machine could otherwise spend the default
 * 20 ms on the first command and commit it alone (the budget has its own test, with its own clock).
 */
const UNBUDGETED = Number.POSITIVE_INFINITY;

describe('CommitBatcher', () => {
  it('commits the commands of one turn together and answers each after the commit', async () => {
    const db = freshDb();
    const batcher = new CommitBatcher(db, UNBUDGETED);
    const answered: string[] = [];
    const seenAtAnswer: number[] = [];
    const done = new Promise<void>((resolve) => {
      for (const value of ['a', 'b', 'c']) {
        batcher.submit(
          () => db.$client.prepare('insert into kept (v) values (?)').run(value),
          () => {
            answered.push(value);
            // The answer comes once the batch is on disk: every row of the batch is readable.
            seenAtAnswer.push(rows(db).length);
            if (answered.length === 3) resolve();
          },
        );
      }
    });
    expect(rows(db)).toEqual([]); // nothing runs before the turn ends
    await done;
    expect(answered).toEqual(['a', 'b', 'c']);
    expect(seenAtAnswer).toEqual([3, 3, 3]);
    expect(batcher.counts).toEqual({ batches: 1, jobs: 3 });
  });

  it('rolls back a refused command alone; the others of its batch are kept', async () => {
    const db = freshDb();
    const batcher = new CommitBatcher(db, UNBUDGETED);
    const outcomes: JobOutcome<unknown>[] = [];
    await new Promise<void>((resolve) => {
      const jobs: Array<() => void> = [
        () => db.$client.prepare('insert into kept (v) values (?)').run('first'),
        () => {
          db.$client.prepare('insert into kept (v) values (?)').run('half-done');
          throw new Error('refused');
        },
        () => db.$client.prepare('insert into kept (v) values (?)').run('last'),
      ];
      for (const work of jobs) {
        batcher.submit(work, (outcome) => {
          outcomes.push(outcome);
          if (outcomes.length === jobs.length) resolve();
        });
      }
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(rows(db)).toEqual(['first', 'last']);
  });

  it('acknowledges nothing when the commit itself fails, and keeps nothing of the batch', async () => {
    const db = freshDb();
    // A check deferred to the commit: the batch's last command breaks it, so the commit fails
    // (as a full disk does in WAL mode, where pages reach the file at the commit).
    db.$client.exec('create table parent (id integer primary key); create table child (pid integer references parent (id) deferrable initially deferred)');
    const batcher = new CommitBatcher(db, UNBUDGETED);
    const outcomes: JobOutcome<unknown>[] = [];
    await new Promise<void>((resolve) => {
      const jobs: Array<() => void> = [
        () => db.$client.prepare('insert into kept (v) values (?)').run('would be lost'),
        () => db.$client.prepare('insert into child (pid) values (42)').run(),
      ];
      for (const work of jobs) {
        batcher.submit(work, (outcome) => {
          outcomes.push(outcome);
          if (outcomes.length === jobs.length) resolve();
        });
      }
    });
    expect(outcomes.map((o) => o.ok)).toEqual([false, false]);
    expect(rows(db)).toEqual([]);
  });

  it('commits once its work has run for its budget, and runs the rest, in order, in the next batch after a turn', async () => {
    const db = freshDb();
    // Each command takes 8 ms of a clock the test moves: with a 20 ms budget a batch takes three.
    let now = 0;
    const batcher = new CommitBatcher(db, 20, () => now);
    const answered: { value: string; rowsThen: number }[] = [];
    let turns = 0;
    const done = new Promise<void>((resolve) => {
      for (const value of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
        batcher.submit(
          () => {
            db.$client.prepare('insert into kept (v) values (?)').run(value);
            now += 8;
          },
          () => {
            answered.push({ value, rowsThen: rows(db).length });
            if (answered.length === 7) resolve();
          },
        );
      }
      // A turn of the event loop between batches: this runs in it.
      setImmediate(() => (turns = answered.length));
    });
    await done;
    expect(answered.map((a) => a.value)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    // Each answered once its own batch is on disk, and not before: 3, then 6, then 7 rows.
    expect(answered.map((a) => a.rowsThen)).toEqual([3, 3, 3, 6, 6, 6, 7]);
    expect(batcher.counts).toEqual({ batches: 3, jobs: 7 });
    expect(turns).toBe(3); // the other sockets had a turn after the first batch
    expect(rows(db)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('runs everything queued when flushed without a budget (the server closing)', () => {
    const db = freshDb();
    let now = 0;
    const batcher = new CommitBatcher(db, 20, () => now);
    const answered: string[] = [];
    for (const value of ['a', 'b', 'c', 'd']) {
      batcher.submit(
        () => {
          db.$client.prepare('insert into kept (v) values (?)').run(value);
          now += 50;
        },
        () => answered.push(value),
      );
    }
    batcher.flush(Infinity);
    expect(answered).toEqual(['a', 'b', 'c', 'd']);
    expect(batcher.counts).toEqual({ batches: 1, jobs: 4 });
  });
});
