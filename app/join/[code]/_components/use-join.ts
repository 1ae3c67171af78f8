'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ErrorCode, FieldIssue, MyRequest } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { forgetPendingJoin, readPendingJoin, storePendingJoin, storeParticipantToken, type PendingJoin } from './participant-token';

/** Extra wait on top of the server's `retryAfterMs`, spread so that a room refused at once does not come back at once. */
const RETRY_JITTER_MS = 2_000;

export type JoinPhase = 'idle' | 'joining' | 'retrying' | 'waiting' | 'refused';

export type JoinAttempt = { phase: JoinPhase; failure: ErrorCode | null; issues: FieldIssue[] };

/**
 * A phone's join: sent once, tried again by itself (same commandId) while many people join at once,
 * kept while the doors wait for the organiser, and sent again when the organiser lets it in — also
 * after a reload (the pending join is kept on the phone).
 */
export function useJoin(code: string, myRequest: MyRequest | null | undefined, send: SessionSocket['send']) {
  const [attempt, setAttempt] = useState<JoinAttempt>({ phase: 'idle', failure: null, issues: [] });
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);

  const sendJoin = useCallback(
    async (join: PendingJoin): Promise<void> => {
      if (inFlight.current) return;
      inFlight.current = true;
      setAttempt((a) => ({ ...a, phase: a.phase === 'waiting' ? 'waiting' : 'joining', failure: null, issues: [] }));
      const ack = await send('participant:join', join);
      inFlight.current = false;
      if (ack.ok && ack.status === 'joined') {
        forgetPendingJoin(code);
        storeParticipantToken(code, ack.participantToken);
        // The server sends the participant's snapshot next: the page moves on by itself.
        return;
      }
      if (ack.ok) {
        storePendingJoin(code, join);
        setAttempt({ phase: 'waiting', failure: null, issues: [] });
        return;
      }
      if (ack.code === 'rate-limited') {
        setAttempt({ phase: 'retrying', failure: null, issues: [] });
        const delay = (ack.retryAfterMs ?? 1_000) + Math.random() * RETRY_JITTER_MS;
        retryTimer.current = setTimeout(() => void sendJoin(join), delay);
        return;
      }
      forgetPendingJoin(code);
      setAttempt({ phase: 'idle', failure: ack.code, issues: ack.issues ?? [] });
    },
    [code, send],
  );

  /** The form's submit: a new join (a new commandId). */
  const join = useCallback(
    (displayName: string, groupLabel: string) => void sendJoin({ commandId: newCommandId(), displayName, ...(groupLabel ? { groupLabel } : {}) }),
    [sendJoin],
  );

  // A join kept from before a reload: sent again (waiting still, or let in meanwhile).
  useEffect(() => {
    const pending = readPendingJoin(code);
    if (pending) void sendJoin(pending);
  }, [code, sendJoin]);

  // The organiser's answer.
  useEffect(() => {
    if (myRequest === 'approved') {
      const pending = readPendingJoin(code);
      if (pending) void sendJoin(pending);
    } else if (myRequest === 'refused') {
      forgetPendingJoin(code);
      setAttempt({ phase: 'refused', failure: null, issues: [] });
    }
  }, [myRequest, code, sendJoin]);

  useEffect(
    () => () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
    },
    [],
  );

  return { attempt, join };
}
