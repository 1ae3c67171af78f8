'use client';
import { useEffect, useRef, useState } from 'react';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ErrorCode, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

/** What a table's own link asks for: sit at this table (as its host with the host link's key). */
export type TableLink = { table: number; hostKey?: string };

export type SeatFailure = {
  code: ErrorCode;
  table: number;
  asHost: boolean;
  /** With `wrong-table`: where a rotation sent this person. */
  expected?: { tableId: string; number: number };
};

/**
 * On `/t/<code>/<n>`: once the person is a participant, sit at table n (once), then show
 * `/join/<code>` in the address bar so a reload does not sit down again.
 */
export function useTableSeat(
  link: TableLink | undefined,
  view: Snapshot | null,
  status: SessionSocket['status'],
  send: SessionSocket['send'],
): SeatFailure | null {
  const done = useRef(false);
  const [failure, setFailure] = useState<SeatFailure | null>(null);
  const ready = link !== undefined && status === 'connected' && view?.role === 'participant' && view.me !== undefined;
  const code = view?.session.code;

  useEffect(() => {
    if (!ready || !link || done.current || !code) return;
    done.current = true;
    if (link.table < 1) {
      // Not a table number at all: nothing to ask the server.
      setFailure({ code: 'not-found', table: link.table, asHost: false });
      window.history.replaceState(null, '', `/join/${code}`);
      return;
    }
    const commandId = newCommandId();
    void send('seat:take', { commandId, table: link.table, ...(link.hostKey ? { hostKey: link.hostKey } : {}) }).then((ack) => {
      if (!ack.ok) setFailure({ code: ack.code, table: link.table, asHost: link.hostKey !== undefined, ...(ack.expected ? { expected: ack.expected } : {}) });
      window.history.replaceState(null, '', `/join/${code}`);
    });
  }, [ready, link, send, code]);

  return failure;
}
