/**
 * The café's way in and out of SQLite, for the large bench café (1,000 people, 125 tables, 20,000
 * notes, 2,000 ideas, a full plenary): importing its archive (parse, check, insert in one
 * transaction), loading it back as a record (what every download starts with), and the synthesis
 * page's data. Each blocks the server's thread while it runs. Prints a table and writes
 * bench/results/cafe-store.json.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { importCafeRecord } from '@/db/queries/cafe-import';
import { loadCafeRecord } from '@/db/queries/cafe-record';
import { exportCafeArchive, parseCafeArchive } from '@/lib/export/cafe-archive';
import { buildDeliverable } from '@/lib/export/deliverable';
import { LARGE, largeCafe } from '@/lib/export/fixtures/large-cafe';
import { checkRecordDraft } from '@/lib/export/session-draft';
import { synthesisPageOf } from '@/lib/export/synthesis-page';

const RUNS = 3;

type Row = { step: string; medianMs: number; cpuMs: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed(step: string, fn: () => unknown): Row {
  fn(); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { step, medianMs: median(times), cpuMs: median(cpu) };
}

export function runCafeStoreBench(): { size: typeof LARGE; loadAverage: number | null; rows: Row[] } {
  const folder = mkdtempSync(join(tmpdir(), 'tournee-bench-store-'));
  const db = openDatabase(join(folder, 'bench.db'));
  try {
    migrateDatabase(db);
    const archive = exportCafeArchive(largeCafe());
    const importArchive = () => {
      const parsed = parseCafeArchive(archive);
      if (!parsed.ok) throw new Error(parsed.message);
      const checked = checkRecordDraft(parsed.record);
      if (!checked.ok) throw new Error(checked.message);
      return db.transaction((tx) => importCafeRecord(tx, parsed.record, checked.draft, Date.now())).sessionId;
    };
    const sessionId = importArchive();
    const load = () => {
      const loaded = loadCafeRecord(db, sessionId);
      if (!loaded) throw new Error('the imported café is missing');
      return loaded.record;
    };
    const record = load();
    return {
      size: LARGE,
      loadAverage: os.loadavg()[0] ?? null,
      rows: [
        timed('import (read, check, insert)', importArchive),
        timed('load the record from SQLite', load),
        timed('synthesis page data (from the record)', () => synthesisPageOf(buildDeliverable(record))),
      ],
    };
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs the section, prints it and writes the JSON next to the other results. */
export function cafeStoreSection(): void {
  const report = runCafeStoreBench();
  const s = report.size;
  console.log(`\nThe café in SQLite (${s.people} people, ${s.tables} tables, ${s.notes} notes, ${s.ideas} ideas; median of ${RUNS})`);
  console.log(`${'step'.padEnd(40)}${'wall ms'.padStart(9)}${'cpu ms'.padStart(9)}`);
  for (const row of report.rows) console.log(`${row.step.padEnd(40)}${row.medianMs.toFixed(0).padStart(9)}${row.cpuMs.toFixed(0).padStart(9)}`);
  console.log(`(load average ${report.loadAverage?.toFixed(1)} on ${os.availableParallelism()} cores)`);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'cafe-store.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ node: process.version, ...report }, null, 2)}\n`);
  console.log(`\nwritten ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cafeStoreSection();
