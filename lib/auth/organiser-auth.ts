import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '@/db/client';
import {
  consumeSignInLink,
  deleteOrganiserSession,
  getCredentialHash,
  insertOrganiserSession,
  isOrganiserSessionValid,
  organiserSessionExpiry,
  setCredentialHash,
  setSignInLink,
} from '@/db/queries/organiser';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { announceSignOut } from './sign-outs';
import { hashToken, randomToken } from './tokens';
import { safeDecode } from '@/lib/domain/safe-decode';

/** How long a signed-in organiser browser stays signed in. */
export const ORGANISER_SESSION_MS = 30 * 24 * 60 * 60_000;

/** How long a one-time sign-in link printed by `npm run sign-in-link` stays valid. */
export const SIGN_IN_LINK_MS = 60 * 60_000;

const SCRYPT_KEYLEN = 32;

function scryptAsync(password: string, salt: Buffer, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, keylen, (error, key) => (error ? reject(error) : resolve(key))));
}

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, SCRYPT_KEYLEN);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

function parseStored(stored: string): { salt: Buffer; expected: Buffer } | null {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return { salt: Buffer.from(salt, 'base64url'), expected: Buffer.from(hash, 'base64url') };
}

// At start only (once, before the server listens).
function passwordMatchesSync(password: string, stored: string): boolean {
  const parsed = parseStored(stored);
  return parsed !== null && timingSafeEqual(scryptSync(password, parsed.salt, parsed.expected.length), parsed.expected);
}

// Off the server's thread: scrypt takes tens of milliseconds, which a burst of tries would otherwise steal from the room.
async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (parsed === null) return false;
  const actual = await scryptAsync(password, parsed.salt, parsed.expected.length);
  return timingSafeEqual(actual, parsed.expected);
}

/**
 * Makes sure an organiser credential exists. A configured ORGANISER_PASSWORD replaces the stored
 * one; with none configured and none stored, a credential is generated: its hash is stored and the
 * credential itself is returned once, for the start-up banner.
 */
export function ensureOrganiserCredential(db: Db, configured: string | undefined): { generated: string | null } {
  const stored = getCredentialHash(db);
  if (configured !== undefined) {
    if (!stored || !passwordMatchesSync(configured, stored)) setCredentialHash(db, hashPassword(configured));
    return { generated: null };
  }
  if (stored) return { generated: null };
  const generated = randomToken(18);
  setCredentialHash(db, hashPassword(generated));
  return { generated };
}

/** Checks the organiser's password (hashed off the server's thread). */
export async function verifyOrganiserPassword(db: Db, password: string): Promise<boolean> {
  const stored = getCredentialHash(db);
  return stored !== null && (await passwordMatches(password, stored));
}

/**
 * A way back in when the sign-in link or the password is lost: a new one-time key, valid for
 * SIGN_IN_LINK_MS and for one sign-in (a newer one replaces it). Only its hash is stored.
 */
export function issueSignInLinkKey(db: Db, now: number): string {
  const key = randomToken();
  setSignInLink(db, hashToken(key), now + SIGN_IN_LINK_MS);
  return key;
}

/** True (once) when `secret` is the pending one-time key. */
export function redeemSignInLinkKey(db: Db, secret: string, now: number): boolean {
  return consumeSignInLink(db, hashToken(secret), now);
}

/** Signs a browser in: returns the cookie token (only its hash is stored). */
export function startOrganiserSession(db: Db, now: number): string {
  const token = randomToken();
  insertOrganiserSession(db, hashToken(token), now, now + ORGANISER_SESSION_MS);
  return token;
}

/** Signs a browser out: its sign-in is deleted, and the realtime server closes the sockets opened with it. */
export function endOrganiserSession(db: Db, token: string): void {
  const tokenHash = hashToken(token);
  deleteOrganiserSession(db, tokenHash);
  announceSignOut(tokenHash);
}

/** The value of cookie `name` in a Cookie header, or null. */
export function readCookie(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return safeDecode(part.slice(eq + 1).trim());
  }
  return null;
}

/** The valid organiser sign-in a cookie header carries (its token's hash and when it expires), or null. */
export function organiserSignIn(db: Db, cookieHeader: string | undefined, now: number): { tokenHash: string; expiresAt: number } | null {
  const token = readCookie(cookieHeader, ORGANISER_COOKIE);
  if (token === null) return null;
  const tokenHash = hashToken(token);
  const expiresAt = organiserSessionExpiry(db, tokenHash, now);
  return expiresAt === null ? null : { tokenHash, expiresAt };
}

/** True when the request's cookie header carries a valid organiser sign-in. */
export function isOrganiserRequest(db: Db, cookieHeader: string | undefined, now: number): boolean {
  const token = readCookie(cookieHeader, ORGANISER_COOKIE);
  return token !== null && isOrganiserSessionValid(db, hashToken(token), now);
}
