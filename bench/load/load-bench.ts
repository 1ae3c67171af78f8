/**
 * The load bench (`npm run bench:load`, and a section of `npm run bench`): simulated phones against
 * the realtime server, next to a bare Socket.io broadcast, at each size, several runs each.
 * Prints one table per size and writes bench/results/load.json. How to read it: docs/bench.md.
 *
 * Env: BENCH_SIZES (e.g. "200,2000"), BENCH_RUNS, BENCH_PHONES_PER_PROCESS, BENCH_WRITE_S,
 * BENCH_SWEEP_STEP_S, BENCH_VOTE_S, BENCH_SEED, BENCH_ACK_TIMEOUT_S, BENCH_SERVER_CPUS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { sizeTable } from './report';
import { runOnce, type RunOptions, type RunResult } from './run-once';

export const DEFAULT_SIZES = [200, 500, 1000, 2000];

/** A comma-separated list of whole numbers ("200,2000"), read as numbers; `what` names them in the error. */
const numberList = (what: string) =>
  z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, `a comma-separated list of ${what}`)
    .transform((s) => s.split(',').map((n) => Number(n.trim())));
const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The settings; the CPUs the servers may be pinned to depend on the machine's `cpuCount`. */
const envSchema = (cpuCount: number) =>
  z.object({
    BENCH_SIZES: numberList('whole numbers, e.g. 200,2000')
      .pipe(z.array(z.number().int().min(2).max(5000)))
      .default(DEFAULT_SIZES),
    BENCH_RUNS: whole(1, 20).default(1),
    BENCH_PHONES_PER_PROCESS: whole(1, 1000).default(250),
    BENCH_WRITE_S: whole(1, 600).default(10),
    BENCH_SWEEP_STEP_S: whole(1, 120).default(4),
    BENCH_VOTE_S: whole(1, 600).default(60),
    BENCH_SEED: whole(0, 2 ** 31 - 1).default(20_250),
    BENCH_ACK_TIMEOUT_S: whole(1, 600).default(120),
    BENCH_SERVER_CPUS: numberList('CPU numbers, e.g. 0')
      .transform((list) => [...new Set(list)])
      .refine(
        (list) => list.every((cpu) => cpu < cpuCount) && list.length < cpuCount,
        `CPUs 0 to ${cpuCount - 1} exist, and at least one must be left for the phones`,
      )
      .optional(),
  });

export type LoadBenchOptions = { sizes: number[]; runs: number } & Omit<RunOptions, 'phones'>;

/** Reads the bench's settings from the environment; a bad value stops with a message naming it. */
export function loadOptionsFromEnv(env: Record<string, string | undefined> = process.env, cpuCount = cpus().length): LoadBenchOptions {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('BENCH_') && v !== undefined && v !== ''));
  const parsed = envSchema(cpuCount).safeParse(cleaned);
  if (!parsed.success) throw new Error(`Invalid bench settings:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  return {
    sizes: e.BENCH_SIZES,
    runs: e.BENCH_RUNS,
    phonesPerProcess: e.BENCH_PHONES_PER_PROCESS,
    writeWindowMs: e.BENCH_WRITE_S * 1000,
    writeEveryMs: 5_000,
    sweepStepMs: e.BENCH_SWEEP_STEP_S * 1000,
    voteWindowMs: e.BENCH_VOTE_S * 1000,
    seed: e.BENCH_SEED,
    ackTimeoutMs: e.BENCH_ACK_TIMEOUT_S * 1000,
    serverCpus: e.BENCH_SERVER_CPUS ?? null,
  };
}

export type LoadReport = {
  node: string;
  cpus: number;
  cpuModel: string;
  startedAt: string;
  settings: Omit<LoadBenchOptions, 'log'>;
  sizes: { phones: number; runs: RunResult[] }[];
};

export async function runLoadBench(options: LoadBenchOptions): Promise<LoadReport> {
  const { log, ...settings } = options;
  const report: LoadReport = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    startedAt: new Date().toISOString(),
    settings,
    sizes: [],
  };
  for (const phones of options.sizes) {
    const runs: RunResult[] = [];
    for (let run = 0; run < options.runs; run++) {
      log?.(`\n— ${phones} phones, run ${run + 1} of ${options.runs}`);
      runs.push(await runOnce({ ...settings, phones, seed: settings.seed + run, ...(log ? { log } : {}) }));
    }
    report.sizes.push({ phones, runs });
  }
  return report;
}

/** Runs the bench with the environment's settings, prints a table per size and writes load.json. */
export async function loadSection(): Promise<void> {
  const options = loadOptionsFromEnv();
  const report = await runLoadBench({ ...options, log: (line) => console.log(line) });
  for (const size of report.sizes) console.log(sizeTable(size.runs));
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'load.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await loadSection();
