import { and, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '@/db/client';
import { commandReceipts } from '@/db/schema';

/** The stored result of a command already acknowledged, or null the first time. */
export function findReceipt(db: Queryable, actor: string, commandId: string): unknown {
  const row = db
    .select({ result: commandReceipts.result })
    .from(commandReceipts)
    .where(and(eq(commandReceipts.actor, actor), eq(commandReceipts.commandId, commandId)))
    .get();
  return row ? row.result : null;
}

export function storeReceipt(tx: Tx, actor: string, commandId: string, result: unknown, now: number): void {
  tx.insert(commandReceipts).values({ actor, commandId, result, at: now }).run();
}
