/**
 * Exports benchmark: the time of each format for a large café (1,000 people, 125 tables, 4 rounds,
 * 20,000 notes, 2,000 ideas, a plenary with workstreams, votes, ratings and actions), and the size of
 * each file. Prints a table and writes bench/results/exports.json. Times are medians of a few runs
 * after a warm-up; each format should take a few seconds at most.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exportCafeArchive, parseCafeArchive } from '@/lib/export/cafe-archive';
import { buildBacklogCsv } from '@/lib/export/csv-backlog';
import { buildDeliverable } from '@/lib/export/deliverable';
import { buildSynthesisDocx } from '@/lib/export/docx-synthesis';
import { LARGE, largeCafe } from '@/lib/export/fixtures/large-cafe';
import { buildSynthesisMarkdown } from '@/lib/export/markdown-synthesis';
import { renderMatrixPng } from '@/lib/export/matrix-png';
import { renderMatrixSvg } from '@/lib/export/matrix-svg';
import { buildBacklogXlsx } from '@/lib/export/xlsx-backlog';

const RUNS = 3;

/** `cpuMs`: this process's CPU time (all threads), steadier than the wall clock on a shared machine. */
type Row = { step: string; medianMs: number; cpuMs: number; bytes: number | null };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(step: string, fn: () => unknown): Promise<Row> {
  let result = await fn(); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    result = await fn();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const bytes = typeof result === 'string' ? Buffer.byteLength(result) : Buffer.isBuffer(result) ? result.length : null;
  return { step, medianMs: median(times), cpuMs: median(cpu), bytes };
}

export async function runExportsBench(): Promise<{ size: typeof LARGE; loadAverage: number | null; rows: Row[] }> {
  const record = largeCafe();
  const model = buildDeliverable(record);
  const archive = exportCafeArchive(record);
  const rows: Row[] = [];
  rows.push(await timed('model (buildDeliverable)', () => buildDeliverable(record)));
  rows.push(await timed('DOCX synthesis', () => buildSynthesisDocx(buildDeliverable(record))));
  rows.push(await timed('XLSX backlog', () => buildBacklogXlsx(buildDeliverable(record))));
  rows.push(await timed('CSV backlog', () => buildBacklogCsv(buildDeliverable(record))));
  rows.push(await timed('Markdown synthesis', () => buildSynthesisMarkdown(buildDeliverable(record))));
  rows.push(await timed('matrix SVG', () => renderMatrixSvg(model)));
  rows.push(await timed('matrix PNG', () => renderMatrixPng(model)));
  rows.push(await timed('JSON archive (validate + write)', () => exportCafeArchive(record)));
  rows.push(
    await timed('JSON archive (read + validate)', () => {
      const parsed = parseCafeArchive(archive);
      if (!parsed.ok) throw new Error(parsed.message);
      return archive;
    }),
  );
  return { size: LARGE, loadAverage: os.loadavg()[0] ?? null, rows };
}

function printReport(report: Awaited<ReturnType<typeof runExportsBench>>): void {
  const s = report.size;
  console.log(
    `\nExports (${s.people} people, ${s.tables} tables, ${s.rounds} rounds, ${s.notes} notes, ${s.ideas} ideas, ${s.workstreams} workstreams; median of ${RUNS})`,
  );
  console.log(`${'format'.padEnd(34)}${'wall ms'.padStart(9)}${'cpu ms'.padStart(9)}${'size'.padStart(11)}`);
  for (const row of report.rows) {
    const size = row.bytes === null ? '' : `${(row.bytes / 1024).toFixed(0)} KB`;
    console.log(`${row.step.padEnd(34)}${row.medianMs.toFixed(0).padStart(9)}${row.cpuMs.toFixed(0).padStart(9)}${size.padStart(11)}`);
  }
  console.log(`(each file format includes building its model; load average ${report.loadAverage?.toFixed(1)} on ${os.availableParallelism()} cores)`);
}

/** Runs the section, prints it and writes the JSON next to the other results. */
export async function exportsSection(): Promise<void> {
  const report = await runExportsBench();
  printReport(report);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'exports.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ node: process.version, ...report }, null, 2)}\n`);
  console.log(`\nwritten ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await exportsSection();
