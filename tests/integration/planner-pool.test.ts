import { afterAll, describe, expect, it } from 'vitest';
import { planRotation } from '@/lib/domain/rotation/plan-rotation';
import type { RotationInput } from '@/lib/domain/rotation/rotation-types';
import { createPlannerPool, PlannerError } from '@/lib/realtime/server/planner-pool';

/** `people` includes one host per table. */
function room(people: number, tables: number, rounds: number, extra: Partial<RotationInput> = {}): RotationInput {
  return {
    people: Array.from({ length: people - tables }, (_, i) => ({ id: `p${i}`, label: `d${i % 4}` })),
    tables: Array.from({ length: tables }, (_, t) => ({ id: `t${t}`, host: `h${t}` })),
    rounds: Array.from({ length: rounds }, (_, r) => r),
    ...extra,
  };
}

/** A size no construction solves: the search runs until its budget is spent. */
const HARD = room(20, 2, 5);

/** How many times the main thread's event loop turns until `promise` settles. */
async function turnsWhile(promise: Promise<unknown>): Promise<number> {
  let settled = false;
  let turns = 0;
  const settle = promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise<void>((resolve) => {
    const turn = (): void => {
      if (settled) return resolve();
      turns++;
      setImmediate(turn);
    };
    setImmediate(turn);
  });
  await settle;
  return turns;
}

async function rejection(promise: Promise<unknown>): Promise<PlannerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PlannerError)) throw new Error(`expected a PlannerError, got ${String(error)}`);
  return error;
}

/** One thread for the tests that need an ordinary one (starting a thread costs a TypeScript load). */
const shared = createPlannerPool();

afterAll(async () => {
  await shared.close();
});

describe('planner pool', () => {
  it.each<[string, RotationInput]>([
    ['a construction (48, 8, 4)', room(48, 8, 4, { seed: 7 })],
    ['a search (50, 7, 3) with labels', room(50, 7, 3, { seed: 11 })],
    [
      'a re-plan with constraints',
      room(30, 5, 3, { rounds: [1, 2], seated: { 0: { p0: 't0', p1: 't1' } }, constraints: [{ kind: 'apart', a: 'p2', b: 'p3' }], seed: 3 }),
    ],
  ])('gives the plan planRotation gives for the same input and seed: %s', async (_name, input) => {
    expect(await shared.plan(input)).toEqual(planRotation(input));
  });

  it('plans in another thread: the main thread’s event loop keeps turning while a hard case plans', async () => {
    const turns = await turnsWhile(shared.plan(HARD, { budgetMs: 400 }));
    expect(turns).toBeGreaterThan(0);
  });

  it('answers each request with its own plan when several are pending', async () => {
    const inputs = [room(30, 5, 3), room(48, 8, 4), room(9, 3, 2)];
    const plans = await Promise.all(inputs.map((input) => shared.plan(input)));
    expect(plans.map((p) => Object.keys(p.seats[0] ?? {}).length)).toEqual([25, 40, 6]);
  });

  it('with a time budget, returns a complete plan of the hard case', async () => {
    const plan = await shared.plan(HARD, { budgetMs: 50 });
    expect(Object.values(plan.seats).map((round) => Object.keys(round).length)).toEqual([18, 18, 18, 18, 18]);
    expect(plan.figures.sizeSpread).toBe(0);
  });

  it('rejects a bad input with a clear error, and plans again afterwards', async () => {
    const planner = shared;
    // Inputs the types forbid, as untyped JavaScript could still send them.
    const bad: unknown = { people: 'everyone', tables: [], rounds: [0] };
    const error = await rejection(planner.plan(bad as RotationInput));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/invalid planner input.*people/s);
    const withAFunction: unknown = { ...room(9, 3, 2), seed: () => 1 };
    const notCloneable = await rejection(planner.plan(withAFunction as RotationInput));
    expect(notCloneable.code).toBe('invalid-input');
    expect((await planner.plan(room(9, 3, 2))).figures.repeatedPairs).toBe(0);
  });

  it('rejects the plan of a thread that dies (out of memory) with a clear error, and starts a new thread for the next plan', async () => {
    const planner = createPlannerPool({ resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 } });
    expect((await planner.plan(room(9, 3, 2))).figures.repeatedPairs).toBe(0);
    const huge = room(6000, 400, 4);
    const padded = { ...huge, people: huge.people.map((p, i) => ({ id: `${p.id}-${'x'.repeat(4000)}`, label: `${i % 4}-${'y'.repeat(4000)}` })) };
    const error = await rejection(planner.plan(padded));
    expect(error.code).toBe('worker-crashed');
    expect(error.message).toMatch(/planner thread/);
    expect((await planner.plan(room(9, 3, 2))).figures.repeatedPairs).toBe(0);
    await planner.close();
  });

  it('ends its thread once idle for idleMs, and starts a new one for the next plan', async () => {
    const planner = createPlannerPool({ idleMs: 50 });
    expect(planner.running).toBe(false);
    expect((await planner.plan(room(9, 3, 2))).figures.repeatedPairs).toBe(0);
    expect(planner.running).toBe(true);
    await expect.poll(() => planner.running, { timeout: 5_000 }).toBe(false);
    // A plan right after the idle thread ended is answered by a new thread (the old one's exit fails nothing).
    const inputs = [room(30, 5, 3), room(9, 3, 2)];
    expect(await Promise.all(inputs.map((input) => planner.plan(input)))).toEqual(inputs.map((input) => planRotation(input)));
    await planner.close();
  });

  it('close() ends the thread: a pending plan and any later one are rejected', async () => {
    const planner = createPlannerPool();
    const pending = rejection(planner.plan(HARD));
    await planner.close();
    expect((await pending).code).toBe('closed');
    expect((await rejection(planner.plan(room(9, 3, 2)))).code).toBe('closed');
  });
});
