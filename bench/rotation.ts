/**
 * Rotation planner benchmark: mixing figures and planning time for the sizes the design names,
 * against a naive rotation (every table's group moves on together by one table) and a random
 * reshuffle, in the same run. Prints a table and writes bench/results/rotation.json.
 * Times are medians of several runs after a warm-up.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mixingFigures } from '@/lib/domain/rotation/mixing-figures';
import { planRotation } from '@/lib/domain/rotation/plan-rotation';
import type { MixingFigures, RotationInput, Seating } from '@/lib/domain/rotation/rotation-types';
import { seededRandom, shuffle } from '@/lib/domain/seeded-random';

const SIZES: readonly [people: number, tables: number, rounds: number][] = [
  [30, 5, 3],
  [48, 8, 4],
  [50, 7, 3],
  [200, 30, 4],
  [1000, 150, 4],
  [64, 8, 4],
  [56, 7, 4],
  [36, 6, 4],
];

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

function timed<T>(runs: number, fn: () => T, warmUp = WARM_UP_RUNS): { result: T; medianMs: number } {
  let result = fn();
  for (let i = 1; i < warmUp; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { result, medianMs: median(times) };
}

type Row = {
  case: string;
  people: number;
  tables: number;
  rounds: number;
  bound: number;
  planner: MixingFigures;
  planMs: number;
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

export function runRotationBench(): { rows: Row[]; replan: Record<string, unknown>; capped: Record<string, unknown> } {
  const rows: Row[] = [];
  for (const [people, tables, rounds] of SIZES) {
    const input = session(people, tables, rounds);
    const slow = tables === 6 || (tables === 7 && rounds === 4);
    const runs = slow ? 3 : 15;
    const { result, medianMs } = timed(runs, () => planRotation(input), slow ? 1 : WARM_UP_RUNS);
    rows.push({
      case: `(${people}, ${tables}, ${rounds})`,
      people,
      tables,
      rounds,
      bound: result.bound.repeatedPairs,
      planner: result.figures,
      planMs: medianMs,
      naive: mixingFigures(input, naiveRotation(input)),
      random: mixingFigures(input, randomReshuffle(input, 7)),
    });
  }

  const { later } = replanCase(1000, 150, 4, 30, 40);
  const replanned = timed(15, () => planRotation(later));
  const replan = {
    case: '(1000, 150, 4) after round 0: 30 leave, 40 arrive; rounds 1–3 re-planned',
    figures: replanned.result.figures,
    bound: replanned.result.bound.repeatedPairs,
    medianMs: replanned.medianMs,
  };

  const cappedInput = { ...session(30, 5, 3), maxMeetings: 2 };
  const capped = timed(3, () => planRotation(cappedInput), 1);
  const cappedRow = {
    case: '(30, 5, 3) with "no pair meets more than twice"',
    figures: capped.result.figures,
    medianMs: capped.medianMs,
  };
  return { rows, replan, capped: cappedRow };
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function printReport(report: ReturnType<typeof runRotationBench>): void {
  const header = ['case', 'bound', 'repeats', 'max meet', 'revisits', 'size spr', 'label exc', 'plan ms', 'naive rep', 'random rep', 'random rev'];
  const widths = [16, 6, 8, 9, 9, 9, 10, 9, 10, 11, 11];
  console.log('\nRotation planner (labels: 5 departments, 40/25/15/12/8 %)');
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
      row.naive.repeatedPairs,
      row.random.repeatedPairs,
      row.random.revisits,
    ];
    console.log(cells.map((c, i) => pad(c, widths[i] ?? 8)).join(' '));
  }
  const r = report.replan as { case: string; figures: MixingFigures; medianMs: number };
  console.log(`\nRe-plan ${r.case}: ${JSON.stringify(r.figures)} in ${r.medianMs.toFixed(1)} ms`);
  const c = report.capped as { case: string; figures: MixingFigures; medianMs: number };
  console.log(`Capped ${c.case}: ${JSON.stringify(c.figures)} in ${c.medianMs.toFixed(1)} ms`);
}

/** Runs the section, prints it and writes the JSON next to the other results. */
export function rotationSection(): void {
  const report = runRotationBench();
  printReport(report);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'rotation.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ node: process.version, ...report }, null, 2)}\n`);
  console.log(`\nwritten ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) rotationSection();
