import { preparedStatements, type Queryable, type Tx } from '@/db/client';

const statements = preparedStatements((db) => ({
  find: db.$client.prepare<[string, string], { result: string }>('select result from command_receipts where actor = ? and command_id = ?'),
  store: db.$client.prepare('insert into command_receipts (actor, command_id, result, at) values (?, ?, ?, ?)'),
}));

/** The stored result of a command already acknowledged, or null the first time. */
export function findReceipt(db: Queryable, actor: string, commandId: string): unknown {
  const row = statements(db).find.get(actor, commandId);
  return row ? (JSON.parse(row.result) as unknown) : null;
}

export function storeReceipt(tx: Tx, actor: string, commandId: string, result: unknown, now: number): void {
  statements(tx).store.run(actor, commandId, JSON.stringify(result), now);
}
