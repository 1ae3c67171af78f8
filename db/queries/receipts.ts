import { preparedStatements, type Queryable, type Tx } from '@/db/client';

/** A command already acknowledged: its result, and the fingerprint of what it was (null for receipts stored before fingerprints). */
export type Receipt = { result: unknown; fingerprint: string | null };

const statements = preparedStatements((db) => ({
  find: db.$client.prepare<[string, string], { result: string; fingerprint: string | null }>(
    'select result, fingerprint from command_receipts where actor = ? and command_id = ?',
  ),
  store: db.$client.prepare('insert into command_receipts (actor, command_id, result, fingerprint, at) values (?, ?, ?, ?, ?)'),
  replace: db.$client.prepare('insert or replace into command_receipts (actor, command_id, result, fingerprint, at) values (?, ?, ?, ?, ?)'),
  forgetActors: db.$client.prepare('delete from command_receipts where actor = ?'),
}));

/** The receipt of a command already acknowledged, or null the first time. */
export function findReceipt(db: Queryable, actor: string, commandId: string): Receipt | null {
  const row = statements(db).find.get(actor, commandId);
  return row ? { result: JSON.parse(row.result) as unknown, fingerprint: row.fingerprint } : null;
}

export function storeReceipt(tx: Tx, actor: string, commandId: string, fingerprint: string, result: unknown, now: number): void {
  statements(tx).store.run(actor, commandId, JSON.stringify(result), fingerprint, now);
}

/** Stores a receipt over an older one of the same command (a join whose participant has been removed since). */
export function replaceReceipt(tx: Tx, actor: string, commandId: string, fingerprint: string, result: unknown, now: number): void {
  statements(tx).replace.run(actor, commandId, JSON.stringify(result), fingerprint, now);
}

/** Forgets every receipt of an actor (a removed participant's). */
export function forgetReceipts(tx: Tx, actor: string): void {
  statements(tx).forgetActors.run(actor);
}
