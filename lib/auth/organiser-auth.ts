import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '@/db/client';
import { deleteOrganiserSession, getCredentialHash, insertOrganiserSession, isOrganiserSessionValid, setCredentialHash } from '@/db/queries/organiser';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { hashToken, randomToken } from './tokens';

/** How long a signed-in organiser browser stays signed in. */
export const ORGANISER_SESSION_MS = 30 * 24 * 60 * 60_000;

const SCRYPT_KEYLEN = 32;

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, SCRYPT_KEYLEN);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

function passwordMatches(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * Makes sure an organiser credential exists. A configured ORGANISER_PASSWORD replaces the stored
 * one; with none configured and none stored, a credential is generated: its hash is stored and the
 * credential itself is returned once, for the start-up banner.
 */
export function ensureOrganiserCredential(db: Db, configured: string | undefined): { generated: string | null } {
  const stored = getCredentialHash(db);
  if (configured !== undefined) {
    if (!stored || !passwordMatches(configured, stored)) setCredentialHash(db, hashPassword(configured));
    return { generated: null };
  }
  if (stored) return { generated: null };
  const generated = randomToken(18);
  setCredentialHash(db, hashPassword(generated));
  return { generated };
}

export function verifyOrganiserPassword(db: Db, password: string): boolean {
  const stored = getCredentialHash(db);
  return stored !== null && passwordMatches(password, stored);
}

/** Signs a browser in: returns the cookie token (only its hash is stored). */
export function startOrganiserSession(db: Db, now: number): string {
  const token = randomToken();
  insertOrganiserSession(db, hashToken(token), now, now + ORGANISER_SESSION_MS);
  return token;
}

export function endOrganiserSession(db: Db, token: string): void {
  deleteOrganiserSession(db, hashToken(token));
}

export function readCookie(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** True when the request's cookie header carries a valid organiser sign-in. */
export function isOrganiserRequest(db: Db, cookieHeader: string | undefined, now: number): boolean {
  const token = readCookie(cookieHeader, ORGANISER_COOKIE);
  return token !== null && isOrganiserSessionValid(db, hashToken(token), now);
}
