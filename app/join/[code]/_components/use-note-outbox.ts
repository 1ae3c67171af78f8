'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionSocket, SocketStatus } from '@/lib/realtime/use-session-socket';
import {
  dismiss,
  enqueue,
  isPermanentFailure,
  markAttempted,
  nextToSend,
  outboxKey,
  parseStored,
  settle,
  toStored,
  type NoteWrite,
  type OutboxEntry,
} from '@/lib/ui/outbox';

/** Waits between retries of a write the server could not take (it answered `internal`, or not at all). */
const RETRY_MS = [1_000, 3_000, 10_000] as const;

function load(key: string): OutboxEntry[] {
  try {
    return parseStored(window.localStorage.getItem(key));
  } catch {
    return [];
  }
}

function store(key: string, entries: OutboxEntry[]): void {
  try {
    if (entries.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // Without storage the outbox still works until the page is closed.
  }
}

export type NoteOutbox = {
  entries: readonly OutboxEntry[];
  write(write: NoteWrite, round: number): void;
  dismiss(noteId: string): void;
};

/**
 * The phone's note writes: kept in localStorage (per session and participant) until acknowledged,
 * sent one at a time in order whenever the socket is connected, retried until the server answers.
 */
export function useNoteOutbox(joinCode: string, participantId: string, send: SessionSocket['send'], status: SocketStatus): NoteOutbox {
  const key = outboxKey(joinCode, participantId);
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const [retryTick, setRetryTick] = useState(0);
  const sending = useRef(false);
  const failures = useRef(0);

  // Read after mounting (localStorage does not exist on the server render).
  useEffect(() => {
    setEntries(load(key));
    setLoadedKey(key);
  }, [key]);

  useEffect(() => {
    if (loadedKey === key) store(key, toStored(entries));
  }, [entries, key, loadedKey]);

  useEffect(() => {
    if (status !== 'connected' || sending.current || loadedKey !== key) return;
    const head = nextToSend(entries);
    if (!head) return;
    sending.current = true;
    setEntries((box) => markAttempted(box, head.commandId));
    const sent =
      head.kind === 'delete'
        ? send('note:delete', { commandId: head.commandId, noteId: head.noteId })
        : send(head.kind === 'add' ? 'note:add' : 'note:edit', { commandId: head.commandId, noteId: head.noteId, text: head.text });
    void sent.then((ack) => {
      sending.current = false;
      if (!ack.ok && !isPermanentFailure(ack.code)) {
        const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
        failures.current += 1;
        setTimeout(() => setRetryTick((n) => n + 1), wait);
        return;
      }
      failures.current = 0;
      setEntries((box) => settle(box, head.commandId, ack.ok ? { ok: true } : { ok: false, code: ack.code }));
    });
  }, [entries, status, send, key, loadedKey, retryTick]);

  const write = useCallback((note: NoteWrite, round: number) => setEntries((box) => enqueue(box, note, { commandId: newCommandId(), round })), []);
  const forget = useCallback((noteId: string) => setEntries((box) => dismiss(box, noteId)), []);
  return { entries, write, dismiss: forget };
}
