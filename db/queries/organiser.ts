import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { preparedStatements, type Db, type Queryable } from '@/db/client';
import { organiserSessions, settings } from '@/db/schema';

const CREDENTIAL_KEY = 'organiser_credential_hash';
const SIGN_IN_LINK_KEY = 'organiser_sign_in_link';

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

const statements = preparedStatements((db) => ({
  expiry: db
    .select({ expiresAt: organiserSessions.expiresAt })
    .from(organiserSessions)
    .where(and(eq(organiserSessions.tokenHash, sql.placeholder('tokenHash')), gt(organiserSessions.expiresAt, sql.placeholder('now'))))
    .prepare(),
}));

/** When a valid sign-in ends, or null when it is unknown, signed out or expired (checked on every organiser command). */
export function organiserSessionExpiry(db: Queryable, tokenHash: string, now: number): number | null {
  return statements(db).expiry.get({ tokenHash, now })?.expiresAt ?? null;
}

export function deleteOrganiserSession(db: Db, tokenHash: string): void {
  db.delete(organiserSessions).where(eq(organiserSessions.tokenHash, tokenHash)).run();
}

/** Stores the pending one-time sign-in link (its token's hash and expiry), replacing any earlier one. */
export function setSignInLink(db: Db, tokenHash: string, expiresAt: number): void {
  const value = `${tokenHash}$${expiresAt}`;
  db.insert(settings).values({ key: SIGN_IN_LINK_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** Uses up the pending one-time sign-in link if `tokenHash` is its token and it has not expired. */
export function consumeSignInLink(db: Db, tokenHash: string, now: number): boolean {
  return db.transaction((tx) => {
    const stored = tx.select().from(settings).where(eq(settings.key, SIGN_IN_LINK_KEY)).get()?.value;
    if (!stored) return false;
    const [hash, expiresAt] = stored.split('$');
    if (hash !== tokenHash) return false;
    tx.delete(settings).where(eq(settings.key, SIGN_IN_LINK_KEY)).run();
    return Number(expiresAt) > now;
  });
}
