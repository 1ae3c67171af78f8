/**
 * Work queued by many sockets at once (2,000 phones coming back after the venue's Wi-Fi drops, each
 * wanting its snapshot): done in order, at most `budgetMs` of it per turn of the event loop, so
 * that the organiser's console, acks and pings are answered in between.
 */
export type PacedQueue = {
  push(task: () => void): void;
  /** Tasks waiting for their turn. */
  readonly size: number;
  /** Drops what waits (the server closing). */
  close(): void;
};

export type PacedQueueOptions = {
  budgetMs: number;
  clock?: () => number;
  /** Where a task's failure goes: the others still run. */
  onError: (error: unknown) => void;
  /** The next turn of the event loop (tests pass their own). */
  defer?: (run: () => void) => void;
};

export function createPacedQueue({ budgetMs, clock = () => performance.now(), onError, defer = setImmediate }: PacedQueueOptions): PacedQueue {
  let tasks: (() => void)[] = [];
  let scheduled = false;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    defer(run);
  }

  function run(): void {
    scheduled = false;
    const startedAt = clock();
    let done = 0;
    // At least one task a turn, however long it takes: the queue always moves.
    while (done < tasks.length && (done === 0 || clock() - startedAt < budgetMs)) {
      try {
        tasks[done]!();
      } catch (error) {
        onError(error);
      }
      done += 1;
    }
    tasks = tasks.slice(done);
    if (tasks.length > 0) schedule();
  }

  return {
    push(task) {
      tasks.push(task);
      schedule();
    },
    get size() {
      return tasks.length;
    },
    close() {
      tasks = [];
    },
  };
}
