import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import { decide } from '@/lib/domain/session-machine';
import { openDatabase, type Db } from './client';
import { migrateDatabase } from './migrate';
import { loadPlenaryRecords } from './queries/plenary-records';
import { getSessionRow, liveOf, loadConfig, loadPlan, saveLive } from './queries/sessions';

const REAL = fileURLToPath(new URL('./migrations', import.meta.url));

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** The committed migrations up to and including `lastTag`, as they were before the next ones. */
function migrationsUpTo(lastTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tournee-migrations-'));
  dirs.push(dir);
  cpSync(REAL, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

/**
 * A database at migration 0005 (before the plenary steps) holding two sessions as that version
 * stored them: one in the lobby, one in the old single plenary stage after two rounds at 2 tables,
 * with a participant, notes and ideas.
 */
function databaseAt0005(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'tournee-db-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'old.db'));
  migrateDatabase(db, migrationsUpTo('0005_lookup_indexes'));
  db.$client.exec(`
    insert into sessions (id, code, screen_key, title, language, created_at, updated_at, stage)
      values ('lobby-s', 'AAAAAA', 'k1', 'Not started', 'en', 0, 0, 'lobby'),
             ('plenary-s', 'BBBBBB', 'k2', 'In the plenary', 'fr', 0, 0, 'plenary');
    insert into rounds (session_id, position, question, reflection_ms, sharing_ms, consolidation_ms)
      values ('lobby-s', 0, 'Q?', 60000, 60000, 60000),
             ('plenary-s', 0, 'Q1?', 60000, 60000, 60000), ('plenary-s', 1, 'Q2?', 60000, 60000, 60000);
    insert into cafe_tables (id, session_id, position, name, colour)
      values ('lobby-s:t1', 'lobby-s', 0, 'T1', 'red'),
             ('plenary-s:t1', 'plenary-s', 0, 'T1', 'red'), ('plenary-s:t2', 'plenary-s', 1, 'T2', 'blue');
    insert into participants (id, session_id, token_hash, display_name, joined_at, table_id)
      values ('ana', 'plenary-s', 'h', 'Ana', 0, 'plenary-s:t1');
    insert into notes (id, session_id, round_index, table_id, author_id, text, created_at, updated_at)
      values ('n1', 'plenary-s', 1, 'plenary-s:t1', 'ana', 'a note', 0, 0);
    insert into ideas (id, session_id, round_index, table_id, text, position, created_at, updated_at)
      values ('i1', 'plenary-s', 1, 'plenary-s:t1', 'an idea', 0, 0, 0);
  `);
  return db;
}

const countOf = (db: Db, table: string) => (db.$client.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

describe('migration 0006 (plenary) on a database that has sessions', () => {
  it('keeps every row, gives both sessions the default programme, and puts the plenary one at its first step', () => {
    const db = databaseAt0005();
    const before = ['sessions', 'rounds', 'cafe_tables', 'participants', 'notes', 'ideas'].map((t) => countOf(db, t));
    migrateDatabase(db);
    expect(['sessions', 'rounds', 'cafe_tables', 'participants', 'notes', 'ideas'].map((t) => countOf(db, t))).toEqual(before);

    for (const id of ['lobby-s', 'plenary-s']) {
      const row = getSessionRow(db, id)!;
      expect(loadConfig(db, row).plenary).toEqual(DEFAULT_PLENARY);
      expect(loadPlenaryRecords(db, id).voteStatus).toBe('not-started');
    }
    expect(liveOf(getSessionRow(db, 'lobby-s')!)).toEqual({ stage: { kind: 'lobby' }, timer: null });
    expect(liveOf(getSessionRow(db, 'plenary-s')!)).toEqual({
      stage: { kind: 'plenary', step: 'restitution', table: 0 },
      timer: { status: 'paused', remainingMs: 180_000, durationMs: 180_000 },
    });
    db.$client.close();
  });

  it('both sessions behave afterwards: the lobby one starts, the plenary one resumes and moves through its steps', () => {
    const db = databaseAt0005();
    migrateDatabase(db);
    const now = 5_000_000;

    const lobby = getSessionRow(db, 'lobby-s')!;
    const started = decide(liveOf(lobby), { type: 'start' }, loadPlan(db, lobby), now);
    expect(started.ok && started.state.stage).toEqual({ kind: 'phase', round: 0, phase: 'reflection' });

    const plenary = getSessionRow(db, 'plenary-s')!;
    const plan = loadPlan(db, plenary);
    expect(plan).toMatchObject({ tableCount: 2, plenary: DEFAULT_PLENARY });
    const resumed = decide(liveOf(plenary), { type: 'resume' }, plan, now);
    expect(resumed.ok && resumed.state.timer).toEqual({ status: 'running', endsAt: now + 180_000, durationMs: 180_000 });
    const stages = [];
    let live = resumed.ok ? resumed.state : liveOf(plenary);
    for (let i = 0; i < 6; i++) {
      const moved = decide(live, { type: 'next' }, plan, now);
      if (!moved.ok) throw new Error(moved.code);
      db.transaction((tx) => saveLive(tx, 'plenary-s', moved.state, now));
      live = liveOf(getSessionRow(db, 'plenary-s')!);
      stages.push(live.stage);
    }
    expect(stages).toEqual([
      { kind: 'plenary', step: 'restitution', table: 1 },
      { kind: 'plenary', step: 'workstreams' },
      { kind: 'plenary', step: 'vote' },
      { kind: 'plenary', step: 'assessment' },
      { kind: 'plenary', step: 'actions' },
      { kind: 'closed' },
    ]);
    const back = decide({ stage: { kind: 'plenary', step: 'restitution', table: 0 }, timer: null }, { type: 'back' }, plan, now);
    expect(back.ok && back.state.stage).toEqual({ kind: 'phase', round: 1, phase: 'consolidation' });
    db.$client.close();
  });
});
