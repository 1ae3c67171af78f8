/**
 * Group commit: the commands that arrive in one turn of the event loop run in one SQLite
 * transaction, each in its own savepoint (a refusal rolls back that command only), and are
 * answered after that one commit. With `synchronous = FULL` a commit waits for the disk (~1–5 ms):
 * one wait per turn instead of one per command is what lets 2,000 phones write. Nothing is
 * acknowledged before it is committed.
 */
import type { Statement } from 'better-sqlite3';
import type { Db, Tx } from '@/db/client';

export type JobOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

type Job = { work: (tx: Tx) => unknown; done: (outcome: JobOutcome<unknown>) => void };

export class CommitBatcher {
  private queue: Job[] = [];
  private scheduled = false;
  /** How many transactions were committed, and how many commands they carried (for the bench). */
  readonly counts = { batches: 0, jobs: 0 };

  /** A savepoint per command, with statements prepared once. */
  private readonly savepoint: { begin: Statement; release: Statement; rollback: Statement };

  constructor(private readonly db: Db) {
    this.savepoint = {
      begin: db.$client.prepare('savepoint command'),
      release: db.$client.prepare('release savepoint command'),
      rollback: db.$client.prepare('rollback to savepoint command'),
    };
  }

  /** Runs `work` in the next batch; `done` gets its result (or its refusal) once the batch is committed. */
  submit<T>(work: (tx: Tx) => T, done: (outcome: JobOutcome<T>) => void): void {
    this.queue.push({ work, done: done as (outcome: JobOutcome<unknown>) => void });
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Runs and commits what is queued now. */
  flush(): void {
    this.scheduled = false;
    const jobs = this.queue;
    this.queue = [];
    if (jobs.length === 0) return;
    const outcomes: JobOutcome<unknown>[] = [];
    try {
      this.db.transaction((tx) => {
        for (const job of jobs) {
          this.savepoint.begin.run();
          try {
            outcomes.push({ ok: true, value: job.work(tx) });
            this.savepoint.release.run();
          } catch (error) {
            // Some errors (a full disk) make SQLite roll the whole transaction back: then nothing of
            // the batch is kept, and nothing of it may be acknowledged.
            if (!this.db.$client.inTransaction) throw error;
            this.savepoint.rollback.run();
            this.savepoint.release.run();
            outcomes.push({ ok: false, error });
          }
        }
      });
      this.counts.batches += 1;
      this.counts.jobs += jobs.length;
    } catch (error) {
      // The commit itself failed (a full disk): nothing of the batch was kept, so nothing is acknowledged.
      outcomes.splice(0, outcomes.length, ...jobs.map(() => ({ ok: false as const, error })));
    }
    for (const [i, job] of jobs.entries()) {
      try {
        job.done(outcomes[i]!);
      } catch (error) {
        console.error('[realtime] answering a command failed', error);
      }
    }
  }
}
