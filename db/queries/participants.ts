import { asc, eq } from 'drizzle-orm';
import type { ParticipantView } from '@/lib/realtime/contract';
import type { Db } from '@/db/client';
import { participants } from '@/db/schema';
import type { Tx } from './sessions';

type Q = Db | Tx;
export type ParticipantRow = typeof participants.$inferSelect;

export function toParticipantView(row: ParticipantRow): ParticipantView {
  return { id: row.id, displayName: row.displayName, groupLabel: row.groupLabel, joinedAt: row.joinedAt, tableId: row.tableId };
}

export function getParticipantByTokenHash(db: Q, tokenHash: string): ParticipantRow | null {
  return db.select().from(participants).where(eq(participants.tokenHash, tokenHash)).get() ?? null;
}

export function getParticipant(db: Q, id: string): ParticipantRow | null {
  return db.select().from(participants).where(eq(participants.id, id)).get() ?? null;
}

export function listParticipants(db: Q, sessionId: string): ParticipantView[] {
  return db.select().from(participants).where(eq(participants.sessionId, sessionId)).orderBy(asc(participants.joinedAt)).all().map(toParticipantView);
}

export function insertParticipant(tx: Tx, row: typeof participants.$inferInsert): void {
  tx.insert(participants).values(row).run();
}

export function setParticipantTokenHash(tx: Tx, id: string, tokenHash: string): void {
  tx.update(participants).set({ tokenHash }).where(eq(participants.id, id)).run();
}
