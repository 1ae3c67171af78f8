'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ErrorCode, Snapshot, TableRef } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { tableLinkAction } from '@/lib/ui/table-link';

/** What a table's own link asks for: sit at this table (as its host with the host link's key). */
export type TableLink = {
  table: number;
  hostKey?: string;
  /** The table as its page found it, to name it in the question; absent when the link names none. */
  named?: TableRef;
};

export type SeatFailure = {
  code: ErrorCode;
  table: number;
  asHost: boolean;
  /** With `wrong-table`: where a rotation sent this person. */
  expected?: TableRef;
};

/** "You are at table 1. Move to table 2?": asked before a link moves someone already seated. */
export type MoveQuestion = { from: TableRef; to: number; toTable: TableRef | null; asHost: boolean };

export type TableSeat = {
  failure: SeatFailure | null;
  question: MoveQuestion | null;
  /** The person's answer to the question: move, or stay where they are. */
  answer(move: boolean): void;
};

/**
 * On `/t/<code>/<n>`: once the person is a participant, sit at table n (once) — after asking, when
 * they already sit at another table — then show `/join/<code>` in the address bar so a reload does
 * not sit down (or ask) again.
 */
export function useTableSeat(link: TableLink | undefined, view: Snapshot | null, status: SessionSocket['status'], send: SessionSocket['send']): TableSeat {
  const done = useRef(false);
  const [failure, setFailure] = useState<SeatFailure | null>(null);
  const [question, setQuestion] = useState<MoveQuestion | null>(null);
  const ready = link !== undefined && status === 'connected' && view?.role === 'participant' && view.me !== undefined;
  const code = view?.session.code;

  const leaveLink = useCallback(() => {
    if (code) window.history.replaceState(null, '', `/join/${code}`);
  }, [code]);

  const take = useCallback(
    (target: TableLink) => {
      void send('seat:take', { commandId: newCommandId(), table: target.table, ...(target.hostKey ? { hostKey: target.hostKey } : {}) }).then((ack) => {
        if (!ack.ok)
          setFailure({ code: ack.code, table: target.table, asHost: target.hostKey !== undefined, ...(ack.expected ? { expected: ack.expected } : {}) });
        leaveLink();
      });
    },
    [send, leaveLink],
  );

  useEffect(() => {
    if (!ready || !link || done.current || !view) return;
    done.current = true;
    if (link.table < 1) {
      // Not a table number at all: nothing to ask the server.
      setFailure({ code: 'not-found', table: link.table, asHost: false });
      leaveLink();
      return;
    }
    const action = tableLinkAction(view, link);
    if (action.kind === 'ask') setQuestion({ from: action.from, to: link.table, toTable: link.named ?? null, asHost: link.hostKey !== undefined });
    else if (action.kind === 'take') take(link);
    else leaveLink();
  }, [ready, link, view, take, leaveLink]);

  const answer = useCallback(
    (move: boolean) => {
      setQuestion(null);
      if (move && link) take(link);
      else leaveLink();
    },
    [link, take, leaveLink],
  );

  return { failure, question, answer };
}
