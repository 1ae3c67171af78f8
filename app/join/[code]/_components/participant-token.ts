import { participantTokenKey } from '@/lib/realtime/contract';

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
