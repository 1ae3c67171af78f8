/**
 * Rotation planner benchmark: for every size, the plan's mixing figures against the proven bound,
 * planned in this thread by step counts (deterministic) and with the time budget the server uses;
 * a naive rotation (every table's group moves on together by one table) and a random reshuffle for
 * comparison; and the main thread's event-loop delay while a hard case plans in this thread and
 * through the planner pool. Prints tables and writes bench/results/rotation.json.
 * Times are medians of several runs after a warm-up (one run for the sizes that take seconds).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mixingFigures } from '@/lib/domain/rotation/mixing-figures';
import { DEFAULT_PLAN_BUDGET_MS, planRotation, type PlanOptions } from '@/lib/domain/rotation/plan-rotation';
import type { MixingFigures, RotationInput, RotationPlan, Seating } from '@/lib/domain/rotation/rotation-types';
import { seededRandom, shuffle } from '@/lib/domain/seeded-random';
import { createPlannerPool } from '@/lib/realtime/server/planner-pool';

/** (people including one host per table, tables, rounds): the design's sizes, then the hard ones of issue 9. */
const SIZES: readonly [people: number, tables: number, rounds: number][] = [
  [30, 5, 3],
  [48, 8, 4],
  [50, 7, 3],
  [200, 30, 4],
  [1000, 150, 4],
  [64, 8, 4],
  [56, 7, 4],
  [36, 6, 4],
  [36, 6, 3],
  [37, 6, 4],
  [60, 6, 6],
  [20, 2, 5],
  [100, 10, 3],
  [100, 10, 4],
  [80, 10, 4],
  [96, 12, 4],
  [144, 12, 4],
  [90, 15, 4],
];

/** The hard case whose planning the event-loop measurement watches. */
const HARD_CASE: [people: number, tables: number, rounds: number] = [37, 6, 4];

/** Departments of uneven sizes: 40 %, 25 %, 15 %, 12 %, 8 %. */
const DEPARTMENT_SHARES = [0.4, 0.25, 0.15, 0.12, 0.08];

function department(i: number, movers: number): string {
  const x = (i + 0.5) / movers;
  let acc = 0;
  for (let d = 0; d < DEPARTMENT_SHARES.length; d++) {
    acc += DEPARTMENT_SHARES[d] ?? 0;
    if (x < acc) return `dept-${d}`;
  }
  return `dept-${DEPARTMENT_SHARES.length - 1}`;
}

function session(people: number, tables: number, rounds: number): RotationInput {
  const movers = people - tables;
  return {
    people: Array.from({ length: movers }, (_, i) => ({ id: `p${i}`, label: department(i, movers) })),
    tables: Array.from({ length: tables }, (_, t) => ({ id: `t${t}`, host: `h${t}` })),
    rounds: Array.from({ length: rounds }, (_, r) => r),
  };
}

/** Every table's group moves on by one table each round: the rotation people do by hand. */
function naiveRotation(input: RotationInput): Seating {
  const T = input.tables.length;
  const seats: Seating = {};
  for (const r of input.rounds) {
    seats[r] = Object.fromEntries(input.people.map((p, i) => [p.id, input.tables[(i + r) % T]?.id ?? '']));
  }
  return seats;
}

/** A fresh random deal every round (balanced sizes, no memory of earlier rounds). */
function randomReshuffle(input: RotationInput, seed: number): Seating {
  const random = seededRandom(seed);
  const T = input.tables.length;
  const seats: Seating = {};
  for (const r of input.rounds) {
    const order = shuffle(
      input.people.map((p) => p.id),
      random,
    );
    seats[r] = Object.fromEntries(order.map((id, i) => [id, input.tables[i % T]?.id ?? '']));
  }
  return seats;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Warm-up runs before timing: the JIT needs a dozen calls before the times settle. */
const WARM_UP_RUNS = 12;
/** A size whose first plan takes longer than this is timed once (it takes seconds). */
const SLOW_MS = 200;

/** Plans `input` like the bench does: warm-up and median of 15 runs, or a single run for a slow size. */
function timedPlan(input: RotationInput, options: PlanOptions = {}): { plan: RotationPlan; medianMs: number } {
  const probe = performance.now();
  let plan = planRotation(input, options);
  if (performance.now() - probe > SLOW_MS) return { plan, medianMs: performance.now() - probe };
  for (let i = 1; i < WARM_UP_RUNS; i++) plan = planRotation(input, options);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    plan = planRotation(input, options);
    times.push(performance.now() - start);
  }
  return { plan, medianMs: median(times) };
}

type Row = {
  case: string;
  people: number;
  tables: number;
  rounds: number;
  /** The proven lower bound on repeated pairs. */
  bound: number;
  /** Planned in this thread, bounded by step counts (deterministic). */
  planner: MixingFigures;
  planMs: number;
  /** Planned with the server's time budget (the clock passed in). */
  budgeted: MixingFigures;
  budgetedMs: number;
  naive: MixingFigures;
  random: MixingFigures;
};

/** A re-plan after round 0: some people leave, latecomers arrive, rounds 1.. are planned again. */
function replanCase(people: number, tables: number, rounds: number, leave: number, arrive: number) {
  const input = session(people, tables, rounds);
  const first = planRotation(input);
  const round0 = first.seats[0] ?? {};
  const leaving = new Set(
    input.people
      .filter((_, i) => i % Math.floor(input.people.length / leave) === 0)
      .slice(0, leave)
      .map((p) => p.id),
  );
  const stayed = input.people.filter((p) => !leaving.has(p.id));
  const movers = [...stayed, ...Array.from({ length: arrive }, (_, i) => ({ id: `late${i}`, label: department(i * 7, arrive * 7) }))];
  const later: RotationInput = {
    ...input,
    people: movers,
    rounds: input.rounds.filter((r) => r > 0),
    seated: { 0: round0 },
    previous: first.seats,
  };
  return { later, first };
}

/** The server's clock for the time budget. */
const clock: PlanOptions = { now: () => performance.now(), budgetMs: DEFAULT_PLAN_BUDGET_MS };

function sizeRows(): Row[] {
  return SIZES.map(([people, tables, rounds]) => {
    const input = session(people, tables, rounds);
    const stepBounded = timedPlan(input);
    const budgeted = timedPlan(input, clock);
    return {
      case: `(${people}, ${tables}, ${rounds})`,
      people,
      tables,
      rounds,
      bound: stepBounded.plan.bound.repeatedPairs,
      planner: stepBounded.plan.figures,
      planMs: stepBounded.medianMs,
      budgeted: budgeted.plan.figures,
      budgetedMs: budgeted.medianMs,
      naive: mixingFigures(input, naiveRotation(input)),
      random: mixingFigures(input, randomReshuffle(input, 7)),
    };
  });
}

/** The event-loop monitor's sampling interval: a sample is the time between two of its timer's turns. */
const LOOP_SAMPLE_MS = 10;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The main thread's event-loop delay while `work` runs, in ms beyond the monitor's own interval
 * (how late a timer or a socket callback would run): p50, p99 and max over the samples.
 */
async function loopDelayWhile(work: () => Promise<unknown>): Promise<{ p50: number; p99: number; max: number; planMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  histogram.enable();
  // Let the monitor's timer start before the work does, and record the turn the work delays.
  await pause(3 * LOOP_SAMPLE_MS);
  const start = performance.now();
  await work();
  const planMs = performance.now() - start;
  await pause(3 * LOOP_SAMPLE_MS);
  histogram.disable();
  const delay = (ns: number): number => Math.max(0, Math.round((ns / 1e6 - LOOP_SAMPLE_MS) * 100) / 100);
  return { p50: delay(histogram.percentile(50)), p99: delay(histogram.percentile(99)), max: delay(histogram.max), planMs: Math.round(planMs) };
}

/** The hard case planned in the server's thread, then through the pool: what a phone's request waits. */
async function eventLoopRows(): Promise<Record<string, unknown>> {
  const input = session(...HARD_CASE);
  const pool = createPlannerPool();
  const started = performance.now();
  await pool.plan(session(9, 3, 2));
  const threadStartMs = Math.round(performance.now() - started);
  try {
    const inThreadSteps = await loopDelayWhile(() => Promise.resolve(planRotation(input)));
    const inThreadBudget = await loopDelayWhile(() => Promise.resolve(planRotation(input, clock)));
    const poolSteps = await loopDelayWhile(() => pool.plan(input));
    const poolBudget = await loopDelayWhile(() => pool.plan(input, { budgetMs: DEFAULT_PLAN_BUDGET_MS }));
    return {
      case: `(${HARD_CASE.join(', ')}) with labels`,
      threadStartMs,
      'in the server thread, step-bounded': inThreadSteps,
      'in the server thread, time budget': inThreadBudget,
      'planner pool, step-bounded': poolSteps,
      'planner pool, time budget': poolBudget,
    };
  } finally {
    await pool.close();
  }
}

export async function runRotationBench(): Promise<{
  rows: Row[];
  replan: Record<string, unknown>;
  capped: Record<string, unknown>;
  eventLoop: Record<string, unknown>;
}> {
  const rows = sizeRows();
  const { later } = replanCase(1000, 150, 4, 30, 40);
  const replanned = timedPlan(later);
  const replan = {
    case: '(1000, 150, 4) after round 0: 30 leave, 40 arrive; rounds 1–3 re-planned',
    figures: replanned.plan.figures,
    bound: replanned.plan.bound.repeatedPairs,
    medianMs: replanned.medianMs,
  };
  const cappedInput = { ...session(30, 5, 3), maxMeetings: 2 };
  const capped = timedPlan(cappedInput);
  const cappedRow = {
    case: '(30, 5, 3) with "no pair meets more than twice"',
    figures: capped.plan.figures,
    bound: capped.plan.bound.repeatedPairs,
    medianMs: capped.medianMs,
  };
  return { rows, replan, capped: cappedRow, eventLoop: await eventLoopRows() };
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function printReport(report: Awaited<ReturnType<typeof runRotationBench>>): void {
  const header = [
    'case',
    'bound',
    'repeats',
    'max meet',
    'revisits',
    'size spr',
    'label exc',
    'plan ms',
    '| budget rep',
    'lab exc',
    'ms',
    '| naive rep',
    'random rep',
    'random rev',
  ];
  const widths = [16, 6, 8, 9, 9, 9, 10, 9, 12, 8, 7, 12, 11, 11];
  console.log('\nRotation planner (labels: 5 departments, 40/25/15/12/8 %); "budget": with the clock, ' + `${DEFAULT_PLAN_BUDGET_MS} ms`);
  console.log(header.map((h, i) => pad(h, widths[i] ?? 8)).join(' '));
  for (const row of report.rows) {
    const cells = [
      row.case,
      row.bound,
      row.planner.repeatedPairs,
      row.planner.maxMeetings,
      row.planner.revisits,
      row.planner.sizeSpread,
      row.planner.labelExcess,
      row.planMs.toFixed(1),
      `| ${row.budgeted.repeatedPairs}`,
      row.budgeted.labelExcess,
      row.budgetedMs.toFixed(0),
      `| ${row.naive.repeatedPairs}`,
      row.random.repeatedPairs,
      row.random.revisits,
    ];
    console.log(cells.map((c, i) => pad(c, widths[i] ?? 8)).join(' '));
  }
  const r = report.replan as { case: string; figures: MixingFigures; medianMs: number };
  console.log(`\nRe-plan ${r.case}: ${JSON.stringify(r.figures)} in ${r.medianMs.toFixed(1)} ms`);
  const c = report.capped as { case: string; figures: MixingFigures; bound: number; medianMs: number };
  console.log(`Capped ${c.case}: bound ${c.bound}, ${JSON.stringify(c.figures)} in ${c.medianMs.toFixed(1)} ms`);
  console.log(`\nMain thread's event-loop delay while ${String(report.eventLoop.case)} plans (ms; thread start ${String(report.eventLoop.threadStartMs)} ms):`);
  for (const [name, value] of Object.entries(report.eventLoop)) {
    if (typeof value === 'object' && value !== null) console.log(`  ${name.padEnd(36)} ${JSON.stringify(value)}`);
  }
}

/** Runs the section, prints it and writes the JSON next to the other results. */
export async function runRotationSection(): Promise<void> {
  const report = await runRotationBench();
  printReport(report);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'rotation.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ node: process.version, ...report }, null, 2)}\n`);
  console.log(`\nwritten ${out}`);
}

/** `runRotationSection` for callers that do not await (its last part, the planner pool's, is asynchronous). */
export function rotationSection(): void {
  runRotationSection().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) rotationSection();
