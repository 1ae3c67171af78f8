/**
 * Group commit: the commands that arrive in one turn of the event loop run in one SQLite
 * transaction, each in its own savepoint (a refusal rolls back that command only), and are
 * answered after that one commit. With `synchronous = FULL` a commit waits for the disk (~1–5 ms):
 * one wait per turn instead of one per command is what lets 2,000 phones write. Nothing is
 * acknowledged before it is committed. A batch stops taking commands once its work has run for
 * `budgetMs` (200 phones asking for a snapshot at once took the thread for 0.75 s): it commits,
 * and the rest, in order, makes the next batch after a turn of the event loop, so that pings, the
 * health check and the other sockets are served in between.
 */
import type { Statement } from 'better-sqlite3';
import type { Db, Tx } from '@/db/client';

export type JobOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

type Job = { work: (tx: Tx) => unknown; done: (outcome: JobOutcome<unknown>) => void };

/** How long one batch's commands may run before it commits and lets the event loop turn. */
const BATCH_BUDGET_MS = 20;

export class CommitBatcher {
  private queue: Job[] = [];
  private scheduled = false;
  /** How many transactions were committed, and how many commands they carried (for the bench). */
  readonly counts = { batches: 0, jobs: 0 };

  /** A savepoint per command, with statements prepared once. */
  private readonly savepoint: { begin: Statement; release: Statement; rollback: Statement };

  constructor(
    private readonly db: Db,
    private readonly budgetMs = BATCH_BUDGET_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {
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

  /** Runs and commits what is queued now (within `budgetMs`: the rest makes the next batch). */
  flush(budgetMs = this.budgetMs): void {
    this.scheduled = false;
    let jobs = this.queue;
    this.queue = [];
    if (jobs.length === 0) return;
    const outcomes: JobOutcome<unknown>[] = [];
    const startedAt = this.clock();
    try {
      this.db.transaction((tx) => {
        for (const [i, job] of jobs.entries()) {
          if (i > 0 && this.clock() - startedAt >= budgetMs) {
            // The rest waits for the next batch, ahead of what arrives meanwhile.
            this.queue = [...jobs.slice(i), ...this.queue];
            jobs = jobs.slice(0, i);
            break;
          }
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
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
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
