'use client';
/**
 * The one socket of a page: connects with the given handshake, keeps the session view up to date
 * (snapshot, then numbered broadcasts through the shared reducer), estimates the server clock,
 * and sends commands with acks and a timeout.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { applyBroadcast, applyTableView, applyWholeValue, type Broadcast, type WholeValue } from './client-state';
import { CLOCK_SAMPLES, estimateClockOffset, type ClockSample } from './clock-offset';
import {
  ERROR_CODES,
  PROTOCOL_VERSION,
  type Ack,
  type ClientToServerEvents,
  type ErrorCode,
  type Handshake,
  type ServerToClientEvents,
  type Snapshot,
  type TableView,
} from './contract';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type CommandName = keyof ClientToServerEvents;
export type CommandPayload<E extends CommandName> = Parameters<ClientToServerEvents[E]>[0];
export type CommandAck<E extends CommandName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
export type AckFailure = Extract<Ack, { ok: false }>;

export type SocketStatus = 'connecting' | 'connected' | 'reconnecting' | 'failed';

export type SessionSocket = {
  status: SocketStatus;
  /** Why the server refused the connection, when it did. */
  error: ErrorCode | null;
  view: Snapshot | null;
  deleted: boolean;
  /** The server's clock, estimated. */
  serverNow(): number;
  send<E extends CommandName>(event: E, payload: CommandPayload<E>): Promise<CommandAck<E> | AckFailure>;
  /** Connects again after a refusal (e.g. with another handshake: `auth` is read again). */
  reconnect(): void;
};

/** How long a command waits for its ack before it counts as failed (it may still arrive: ids make retries safe). */
export const COMMAND_TIMEOUT_MS = 10_000;
const PING_TIMEOUT_MS = 5_000;

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

const timeoutFailure = (): AckFailure => ({ ok: false, code: 'internal', message: 'no answer from the server' });

/**
 * `auth` is called at every (re)connect, so a reconnect uses the latest participant token.
 * One socket for the life of the component.
 */
export function useSessionSocket(auth: () => Omit<Handshake, 'protocol'>): SessionSocket {
  const authRef = useRef(auth);
  const socketRef = useRef<ClientSocket | null>(null);
  const viewRef = useRef<Snapshot | null>(null);
  const offsetRef = useRef<number | null>(null);
  const guessRef = useRef(0);
  const [status, setStatus] = useState<SocketStatus>('connecting');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [view, setView] = useState<Snapshot | null>(null);
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    authRef.current = auth;
  }, [auth]);

  useEffect(() => {
    const socket: ClientSocket = io({
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, ...authRef.current() }),
      withCredentials: true,
    });
    socketRef.current = socket;
    let everConnected = false;
    let syncing = false;
    let queued: Broadcast[] = [];
    // The latest view of each table received (they are not numbered in the session's sequence): laid
    // again over every new snapshot and after a seating change, so the newest one always wins.
    const tableViews = new Map<string, TableView>();

    const withTables = (view: Snapshot) => [...tableViews.values()].reduce(applyTableView, view);

    const publish = (next: Snapshot) => {
      viewRef.current = next;
      setView(next);
    };

    const replace = (snapshot: Snapshot) => {
      guessRef.current = snapshot.serverTime - Date.now();
      publish(withTables(snapshot));
    };

    const receiveTable = (table: TableView) => {
      const known = tableViews.get(table.tableId);
      if (known && known.tableSeq >= table.tableSeq) return;
      tableViews.set(table.tableId, table);
      const current = viewRef.current;
      if (!current) return;
      const next = applyTableView(current, table);
      if (next !== current) publish(next);
    };

    const sync = async () => {
      syncing = true;
      try {
        const ack = await socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('session:sync', {});
        if (ack.ok) replace(ack.snapshot);
      } catch {
        // No answer: the next broadcast or reconnect snapshot repairs the view.
      } finally {
        syncing = false;
        const pending = queued;
        queued = [];
        pending.forEach(receive);
      }
    };

    function receive(broadcast: Broadcast) {
      const current = viewRef.current;
      if (!current) return;
      if (syncing) {
        queued.push(broadcast);
        return;
      }
      const result = applyBroadcast(current, broadcast);
      if (result.status === 'applied') {
        publish(withTables(result.view));
      } else if (result.status === 'gap') {
        void sync();
      }
    }

    // Whole values (rotation preview, check-in progress, my arrival) are not numbered: the latest wins.
    const receiveWhole = (update: WholeValue) => {
      const current = viewRef.current;
      if (current) publish(applyWholeValue(current, update));
    };

    const measureClock = async () => {
      const samples: ClockSample[] = [];
      for (let i = 0; i < CLOCK_SAMPLES && socket.connected; i++) {
        try {
          const ack = await socket.timeout(PING_TIMEOUT_MS).emitWithAck('time:ping', { clientTime: Date.now() });
          if (ack.ok) samples.push({ clientSentAt: ack.clientTime, serverTime: ack.serverTime, clientReceivedAt: Date.now() });
        } catch {
          break;
        }
      }
      const estimate = estimateClockOffset(samples);
      if (estimate) offsetRef.current = estimate.offsetMs;
    };

    socket.on('connect', () => {
      everConnected = true;
      setStatus('connected');
      setError(null);
      void measureClock();
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      setStatus('reconnecting');
      // The server closed this socket on purpose (e.g. a restart): Socket.io does not retry by itself then.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (err) => {
      if (!socket.active) {
        // Refused by the server's middleware: retrying will not help.
        setError(isErrorCode(err.message) ? err.message : 'internal');
        setStatus('failed');
        return;
      }
      setStatus(everConnected ? 'reconnecting' : 'connecting');
    });
    socket.on('session:snapshot', replace);
    socket.on('session:state', (message) => receive({ event: 'session:state', message }));
    socket.on('session:updated', (message) => receive({ event: 'session:updated', message }));
    socket.on('lobby:joined', (message) => receive({ event: 'lobby:joined', message }));
    socket.on('lobby:count', (message) => receive({ event: 'lobby:count', message }));
    socket.on('seating:changed', (message) => receive({ event: 'seating:changed', message }));
    socket.on('table:view', (message) => receiveTable(message.view));
    socket.on('rotation:updated', (message) => receiveWhole({ event: 'rotation:updated', message }));
    socket.on('rotation:progress', (message) => receiveWhole({ event: 'rotation:progress', message }));
    socket.on('constraints:updated', (message) => receiveWhole({ event: 'constraints:updated', message }));
    socket.on('arrival:updated', (message) => receiveWhole({ event: 'arrival:updated', message }));
    socket.on('session:deleted', () => setDeleted(true));

    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, []);

  const serverNow = useCallback(() => Date.now() + (offsetRef.current ?? guessRef.current), []);

  const send = useCallback(async <E extends CommandName>(event: E, payload: CommandPayload<E>) => {
    const socket = socketRef.current;
    if (!socket) return timeoutFailure();
    // A timed-out command is sent once more with the same payload (same commandId): the server
    // acknowledges a retry without applying it twice.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        return await emitCommand(socket, event, payload);
      } catch {
        // timed out: try again once
      }
    }
    return timeoutFailure();
  }, []);

  const reconnect = useCallback(() => {
    setError(null);
    setStatus('connecting');
    socketRef.current?.connect();
  }, []);

  return { status, error, view, deleted, serverNow, send, reconnect };
}

/** Socket.io's typed emitWithAck cannot follow a generic event name; this is the one place that bridges it. */
function emitCommand<E extends CommandName>(socket: ClientSocket, event: E, payload: CommandPayload<E>): Promise<CommandAck<E>> {
  const untyped: Socket = socket;
  return untyped.timeout(COMMAND_TIMEOUT_MS).emitWithAck(event, payload);
}
