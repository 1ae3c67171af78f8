import { describe, expect, it } from 'vitest';
import { createPacedQueue } from './paced-queue';

/** A queue on a clock and event loop the test turns by hand; each task takes `costMs`. */
function harness(budgetMs: number) {
  let now = 0;
  let next: (() => void) | null = null;
  const errors: unknown[] = [];
  const queue = createPacedQueue({
    budgetMs,
    clock: () => now,
    onError: (error) => errors.push(error),
    defer: (run) => {
      if (next) throw new Error('scheduled twice');
      next = run;
    },
  });
  const ran: string[] = [];
  const task =
    (name: string, costMs: number, fail = false) =>
    () => {
      now += costMs;
      ran.push(name);
      if (fail) throw new Error(name);
    };
  /** One turn of the event loop: what ran in it. */
  const turn = () => {
    const run = next;
    next = null;
    const before = ran.length;
    run?.();
    return ran.slice(before);
  };
  return { queue, task, turn, errors, pending: () => next !== null };
}

describe('createPacedQueue', () => {
  it.each([
    { name: 'cheap tasks all run in one turn', budget: 10, costs: [1, 1, 1], turns: [['t0', 't1', 't2']] },
    {
      name: 'a turn stops once the budget is spent',
      budget: 10,
      costs: [4, 4, 4, 4, 4],
      turns: [
        ['t0', 't1', 't2'],
        ['t3', 't4'],
      ],
    },
    { name: 'a task longer than the budget still runs, alone', budget: 10, costs: [30, 1, 30, 1], turns: [['t0'], ['t1', 't2'], ['t3']] },
  ])('$name', ({ budget, costs, turns }) => {
    const h = harness(budget);
    costs.forEach((cost, i) => h.queue.push(h.task(`t${i}`, cost)));
    expect(h.queue.size).toBe(costs.length);
    const seen: string[][] = [];
    while (h.pending()) seen.push(h.turn());
    expect(seen).toEqual(turns);
    expect(h.queue.size).toBe(0);
  });

  it('runs nothing in the turn that queued it, and keeps the order of what arrives meanwhile', () => {
    const h = harness(5);
    h.queue.push(h.task('a', 3));
    h.queue.push(h.task('b', 3));
    expect(h.turn()).toEqual(['a', 'b']);
    h.queue.push(h.task('c', 1));
    expect(h.turn()).toEqual(['c']);
    expect(h.pending()).toBe(false);
  });

  it('goes on after a task fails, and reports the failure', () => {
    const h = harness(10);
    h.queue.push(h.task('a', 1, true));
    h.queue.push(h.task('b', 1));
    expect(h.turn()).toEqual(['a', 'b']);
    expect(h.errors).toEqual([new Error('a')]);
  });

  it('drops what waits when closed', () => {
    const h = harness(1);
    for (const name of ['a', 'b', 'c']) h.queue.push(h.task(name, 2));
    expect(h.turn()).toEqual(['a']);
    h.queue.close();
    expect(h.turn()).toEqual([]);
    expect(h.queue.size).toBe(0);
  });
});
