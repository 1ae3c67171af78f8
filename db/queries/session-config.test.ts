import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { appendEvent } from './events';
import { getSessionRow, insertSession, loadConfig, loadPlan, updateSessionDraft } from './sessions';

let dir: string;
let db: Db;
const S = 's1';
const draft = makeDraft();

const config = (q: Parameters<typeof loadConfig>[0] = db) => loadConfig(q, getSessionRow(q, S)!);
const plan = (q: Parameters<typeof loadPlan>[0] = db) => loadPlan(q, getSessionRow(q, S)!);

/** Edits the prepared session as the builder's command does: the new draft, numbered. */
function edit(q: Parameters<typeof updateSessionDraft>[0], title: string, now: number): void {
  updateSessionDraft(q, S, { ...draft, title, tables: [...draft.tables, { name: title, colour: 'teal' }] }, now);
  appendEvent(q, S, 'config-updated', {}, now);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tournee-config-'));
  db = openDatabase(join(dir, 'test.db'));
  migrateDatabase(db);
  db.transaction((tx) => insertSession(tx, { id: S, code: 'ABCDEF', screenKey: 'screen' }, draft, 0));
});

afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the prepared session, as every snapshot reads it', () => {
  it('reads the committed session, then the same again until it changes', () => {
    const first = config();
    expect(first.title).toBe(draft.title);
    expect(config()).toBe(first);
  });

  it('after an edit is committed, reads the edit (also when it came in the same millisecond)', () => {
    config();
    db.transaction((tx) => edit(tx, 'Edited', 0));
    expect(config().title).toBe('Edited');
    expect(config().tables.at(-1)).toEqual({ name: 'Edited', colour: 'teal' });
  });

  it('inside a transaction reads its own uncommitted edit; after a rollback, the committed session', () => {
    config();
    expect(() =>
      db.transaction((tx) => {
        edit(tx, 'Rolled back', 5);
        expect(config(tx).title).toBe('Rolled back');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(config().title).toBe(draft.title);
  });

  it('never reads an edit that was rolled back, even when the next edit gets its sequence number and millisecond', () => {
    config();
    expect(() =>
      db.transaction((tx) => {
        edit(tx, 'Rolled back', 5);
        config(tx);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    db.transaction((tx) => edit(tx, 'Committed', 5));
    expect(config().title).toBe('Committed');
  });
});

describe('the plan, as every command reads it', () => {
  it('reads the committed plan once, then the same inside transactions that do not change it', () => {
    const first = plan();
    expect(first.tableCount).toBe(draft.tables.length);
    expect(plan()).toBe(first);
    db.transaction((tx) => expect(plan(tx)).toBe(first));
  });

  it('inside a transaction reads its own uncommitted edit; after a rollback, the committed plan', () => {
    plan();
    expect(() =>
      db.transaction((tx) => {
        edit(tx, 'Rolled back', 5);
        expect(plan(tx).tableCount).toBe(draft.tables.length + 1);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(plan().tableCount).toBe(draft.tables.length);
  });

  it('never keeps a plan read inside a transaction, even when a committed edit later gets its sequence number and millisecond', () => {
    plan();
    expect(() =>
      db.transaction((tx) => {
        edit(tx, 'Rolled back', 5);
        plan(tx);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    db.transaction((tx) => {
      updateSessionDraft(tx, S, { ...draft, tables: draft.tables.slice(0, 1) }, 5);
      appendEvent(tx, S, 'config-updated', {}, 5);
    });
    expect(plan().tableCount).toBe(1);
  });
});
