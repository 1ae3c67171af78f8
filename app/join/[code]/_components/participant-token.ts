import { z } from 'zod';
import { newCommandId } from '@/lib/realtime/command-id';
import { DEVICE_ID_KEY, participantTokenKey, pendingJoinKey } from '@/lib/realtime/contract';

/** The phone's participant token for this session; storage may be unavailable (private browsing). */
export function readParticipantToken(code: string): string | undefined {
  try {
    return window.localStorage.getItem(participantTokenKey(code)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeParticipantToken(code: string, token: string): void {
  try {
    window.localStorage.setItem(participantTokenKey(code), token);
  } catch {
    // Without storage the person stays joined until the page is closed.
  }
}

/** Forgets a token the server no longer knows (the session's data was reset): the phone joins again. */
export function forgetParticipantToken(code: string): void {
  try {
    window.localStorage.removeItem(participantTokenKey(code));
  } catch {
    // Nothing stored.
  }
}

/** A join the phone sent while the doors waited for the organiser: sent again (same commandId) once it is let in, also after a reload. */
export type PendingJoin = { commandId: string; displayName: string; groupLabel?: string };

const pendingJoinSchema = z.strictObject({ commandId: z.string(), displayName: z.string(), groupLabel: z.string().optional() });

export function readPendingJoin(code: string): PendingJoin | null {
  try {
    const raw = window.localStorage.getItem(pendingJoinKey(code));
    const parsed = raw === null ? null : pendingJoinSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function storePendingJoin(code: string, join: PendingJoin): void {
  try {
    window.localStorage.setItem(pendingJoinKey(code), JSON.stringify(join));
  } catch {
    // Without storage the phone waits only while the page stays open.
  }
}

export function forgetPendingJoin(code: string): void {
  try {
    window.localStorage.removeItem(pendingJoinKey(code));
  } catch {
    // Nothing stored.
  }
}

let pageDeviceId: string | null = null;

/**
 * The phone's device id, made once and kept (every session): the server recognises a retried join
 * by it, and never takes another phone's join for a retry. Without storage, one per page load.
 */
export function deviceId(): string {
  try {
    const known = window.localStorage.getItem(DEVICE_ID_KEY);
    if (known && /^[A-Za-z0-9_-]{8,64}$/.test(known)) return known;
    const made = newCommandId();
    window.localStorage.setItem(DEVICE_ID_KEY, made);
    return made;
  } catch {
    pageDeviceId ??= newCommandId();
    return pageDeviceId;
  }
}
