import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { LOBBY } from '@/lib/domain/session-machine';
import { exportCafeArchive, parseCafeArchive } from '@/lib/export/cafe-archive';
import type { CafeRecord } from '@/lib/export/cafe-record';
import { claimsCafe } from '@/lib/export/fixtures/claims-cafe';
import { tinyCafe } from '@/lib/export/fixtures/tiny-cafe';
import { checkRecordDraft } from '@/lib/export/session-draft';
import { getShippedTemplate } from '@/lib/templates/shipped-templates';
import { canonicalRecord } from '@/tests/helpers/canonical-record';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { importCafeRecord } from './cafe-import';
import { loadCafeRecord } from './cafe-record';
import { appendEvent } from './events';
import { insertNote } from './notes';
import { insertParticipant } from './participants';
import { getSessionRow, insertSession, liveOf, loadConfig, saveLive } from './sessions';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tournee-cafe-record-'));
  db = openDatabase(join(dir, 'test.db'));
  migrateDatabase(db);
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

function importRecord(record: CafeRecord, now = Date.parse('2026-01-05T10:00:00.000Z')) {
  const checked = checkRecordDraft(record);
  if (!checked.ok) throw new Error(checked.message);
  return db.transaction((tx) => importCafeRecord(tx, record, checked.draft, now));
}

function load(sessionId: string): CafeRecord {
  const loaded = loadCafeRecord(db, sessionId);
  if (!loaded) throw new Error('no session');
  return loaded.record;
}

const count = (table: string) => db.$client.prepare<[], { n: number }>(`select count(*) n from ${table}`).get()?.n ?? 0;

describe('a café brought back from its archive', () => {
  it.each([
    ['a café with every plenary step, votes on workstreams', claimsCafe()],
    ['votes on ideas, in English', claimsCafe({ voteOn: 'ideas', language: 'en' })],
    ['a café that skipped the plenary', claimsCafe({ plenary: false })],
    ['a small café', tinyCafe({ people: ['Ana', 'Ben'], ideas: [{ id: 'i1', table: 1, text: 'Share the tools', notes: ['tools'], plusOnes: ['p2'] }] })],
  ])('%s: exported again, it is the same café, ids aside', (_name, record) => {
    const { sessionId, stage } = importRecord(record);
    expect(stage).toBe('closed');
    const again = load(sessionId);
    expect(canonicalRecord(again)).toEqual(canonicalRecord(record));
    // …and the file it gives reads back as the same record.
    expect(parseCafeArchive(exportCafeArchive(again))).toEqual({ ok: true, record: again });
  });

  it('gets new ids, a new join code and new keys, and the same café imported twice makes two sessions', () => {
    const record = claimsCafe();
    const first = importRecord(record);
    const second = importRecord(record);
    expect(first.sessionId).not.toBe(second.sessionId);
    const [a, b] = [getSessionRow(db, first.sessionId)!, getSessionRow(db, second.sessionId)!];
    expect(a.code).not.toBe(b.code);
    expect(a.screenKey).not.toBe(b.screenKey);
    const ids = new Set([...load(first.sessionId).notes, ...load(second.sessionId).notes].map((n) => n.id));
    expect(ids.size).toBe(record.notes.length * 2);
    expect(load(first.sessionId).notes.some((n) => record.notes.some((r) => r.id === n.id))).toBe(false);
  });

  it('writes the café’s own dates, and the session is closed', () => {
    const record = claimsCafe();
    const { sessionId } = importRecord(record);
    expect(load(sessionId).dates).toEqual(record.dates);
    expect(liveOf(getSessionRow(db, sessionId)!).stage).toEqual({ kind: 'closed' });
  });

  it.each(['customer-experience', 'crm-kickoff', 'head-office-subsidiaries'])('the template %s becomes a prepared session in the lobby', (id) => {
    const template = getShippedTemplate(id, 'fr')!;
    const { sessionId, stage } = importRecord(template);
    expect(stage).toBe('lobby');
    const row = getSessionRow(db, sessionId)!;
    expect(liveOf(row)).toEqual(LOBBY);
    const { id: _id, code: _code, ...draft } = loadConfig(db, row);
    expect(checkRecordDraft(template)).toEqual({ ok: true, draft });
    const loaded = load(sessionId);
    expect(loaded.participants).toEqual([]);
    expect(loaded.dates.startedAt).toBeNull();
    expect(loaded.dates.createdAt).toBe(new Date(row.createdAt).toISOString());
  });
});

describe('a café loaded from the database', () => {
  const S = 's1';
  const prepare = (anonymous = false) =>
    db.transaction((tx) => {
      insertSession(tx, { id: S, code: 'ABCDEF', screenKey: 'the-projector-key' }, makeDraft({ anonymous }), Date.parse('2025-09-01T08:00:00.000Z'));
      for (const [id, name] of [
        ['ana', 'Ana Lima'],
        ['ben', 'Ben Okoro'],
      ] as const) {
        insertParticipant(tx, { id, sessionId: S, tokenHash: `secret-hash-${id}`, displayName: name, groupLabel: 'Sales', joinedAt: 1 });
      }
    });
  const note = (id: string, round: number, author: string) =>
    db.transaction((tx) =>
      insertNote(tx, { id, sessionId: S, roundIndex: round, tableId: `${S}:t1`, authorId: author, text: `note ${id}`, createdAt: 5, updatedAt: 5 }),
    );
  const moveTo = (stage: Parameters<typeof saveLive>[2]['stage'], at: number, command = 'next') =>
    db.transaction((tx) => {
      saveLive(tx, S, { stage, timer: null }, at);
      appendEvent(tx, S, 'state', { command: { type: command }, events: [{ type: 'stage-entered', stage, by: 'organiser' }] }, at);
    });

  it('holds no secret: no token, host key, projector key or join code', () => {
    prepare();
    const text = exportCafeArchive(load(S));
    const row = getSessionRow(db, S)!;
    expect(text).not.toContain('secret-hash');
    expect(text).not.toContain(row.screenKey);
    expect(text).not.toContain(row.code);
    const hostKeys = db.$client.prepare<[], { k: string }>('select host_key k from cafe_tables').all();
    for (const { k } of hostKeys) expect(text).not.toContain(k);
  });

  it('leaves out the notes of a reflection under way (still private), and has them once shared', () => {
    prepare();
    moveTo({ kind: 'phase', round: 0, phase: 'reflection' }, Date.parse('2025-09-01T09:00:00.000Z'), 'start');
    note('n1', 0, 'ana');
    expect(load(S).notes).toEqual([]);
    moveTo({ kind: 'phase', round: 0, phase: 'sharing' }, Date.parse('2025-09-01T09:03:00.000Z'));
    expect(load(S).notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('dates the café from its log: created, started, closed', () => {
    prepare();
    expect(load(S).dates).toEqual({ createdAt: '2025-09-01T08:00:00.000Z', startedAt: null, closedAt: null });
    moveTo({ kind: 'phase', round: 0, phase: 'reflection' }, Date.parse('2025-09-01T09:00:00.000Z'), 'start');
    moveTo({ kind: 'closed' }, Date.parse('2025-09-01T12:30:00.000Z'));
    expect(load(S).dates).toEqual({ createdAt: '2025-09-01T08:00:00.000Z', startedAt: '2025-09-01T09:00:00.000Z', closedAt: '2025-09-01T12:30:00.000Z' });
  });

  it.each([
    [false, ['Ana Lima', 'Ben Okoro'], ['Sales', 'Sales']],
    [true, ['Participant 1', 'Participant 2'], [null, null]],
  ])('anonymous %s: the people are %j', (anonymous, names, labels) => {
    prepare(anonymous);
    const { participants } = load(S);
    expect(participants.map((p) => p.displayName)).toEqual(names);
    expect(participants.map((p) => p.groupLabel)).toEqual(labels);
  });

  it('drops what points at rows deleted since, and says so', () => {
    prepare();
    moveTo({ kind: 'phase', round: 0, phase: 'sharing' }, 10, 'start');
    db.$client.prepare("insert into reactions (target_id, participant_id, session_id, table_id) values ('gone', 'ana', ?, ?)").run(S, `${S}:t1`);
    const loaded = loadCafeRecord(db, S)!;
    expect(loaded.record.reactions).toEqual([]);
    expect(loaded.dropped).toEqual({ reactions: 1 });
  });

  it('is null for an unknown session', () => {
    expect(loadCafeRecord(db, 'nope')).toBeNull();
  });

  it('exported, imported and exported again: the same café', () => {
    const { sessionId } = importRecord(claimsCafe({ anonymous: true }));
    const once = load(sessionId);
    const again = load(importRecord(once).sessionId);
    expect(canonicalRecord(again)).toEqual(canonicalRecord(once));
    expect(count('sessions')).toBe(2);
  });
});
