import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organiserSessions, settings } from '@/db/schema';

const CREDENTIAL_KEY = 'organiser_credential_hash';

export function getCredentialHash(db: Db): string | null {
  return db.select().from(settings).where(eq(settings.key, CREDENTIAL_KEY)).get()?.value ?? null;
}

export function setCredentialHash(db: Db, hash: string): void {
  db.insert(settings)
    .values({ key: CREDENTIAL_KEY, value: hash })
    .onConflictDoUpdate({ target: settings.key, set: { value: hash } })
    .run();
}

export function insertOrganiserSession(db: Db, tokenHash: string, now: number, expiresAt: number): void {
  db.transaction((tx) => {
    tx.delete(organiserSessions).where(lte(organiserSessions.expiresAt, now)).run();
    tx.insert(organiserSessions).values({ tokenHash, createdAt: now, expiresAt }).run();
  });
}

export function isOrganiserSessionValid(db: Db, tokenHash: string, now: number): boolean {
  return (
    db
      .select({ tokenHash: organiserSessions.tokenHash })
      .from(organiserSessions)
      .where(and(eq(organiserSessions.tokenHash, tokenHash), gt(organiserSessions.expiresAt, now)))
      .get() !== undefined
  );
}

export function deleteOrganiserSession(db: Db, tokenHash: string): void {
  db.delete(organiserSessions).where(eq(organiserSessions.tokenHash, tokenHash)).run();
}
