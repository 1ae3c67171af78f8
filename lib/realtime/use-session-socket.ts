'use client';
/** The one socket of a page, as a React hook over a `SessionConnection`. */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, type Handshake } from './contract';
import type { AckFailure, CommandAck, CommandName, CommandPayload } from './emit-command';
import { SessionConnection, type ConnectionState } from './session-connection';
import type { ClientSocket } from './subscriptions';

export type { SocketStatus } from './session-connection';

export type SessionSocket = ConnectionState & {
  /** The server's clock, estimated. */
  serverNow(): number;
  send<E extends CommandName>(event: E, payload: CommandPayload<E>): Promise<CommandAck<E> | AckFailure>;
  /** Connects again after a refusal (e.g. with another handshake: `auth` is read again). */
  reconnect(): void;
  /** Console: fetch the people's list (once; kept current after). */
  loadParticipants(): void;
  /** Console: open one table's live content (null closes it). */
  watch(tableId: string | null): void;
};

const CONNECTING: ConnectionState = { status: 'connecting', error: null, view: null, deleted: false, removed: false };
const noConnection = () => CONNECTING;
const noSubscription = () => () => {};

/**
 * `auth` is called at every (re)connect, so a reconnect uses the latest participant token.
 * One socket for the life of the component.
 */
export function useSessionSocket(auth: () => Omit<Handshake, 'protocol'>): SessionSocket {
  const authRef = useRef(auth);
  const [connection, setConnection] = useState<SessionConnection | null>(null);

  useEffect(() => {
    authRef.current = auth;
  }, [auth]);

  useEffect(() => {
    const socket: ClientSocket = io({ auth: (cb) => cb({ protocol: PROTOCOL_VERSION, ...authRef.current() }), withCredentials: true });
    const created = new SessionConnection(socket);
    setConnection(created);
    return () => created.close();
  }, []);

  const state = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getState ?? noConnection, noConnection);
  const serverNow = useCallback(() => connection?.serverNow() ?? Date.now(), [connection]);
  const send = useCallback(
    async <E extends CommandName>(event: E, payload: CommandPayload<E>): Promise<CommandAck<E> | AckFailure> =>
      connection ? connection.send(event, payload) : { ok: false, code: 'internal', message: 'not connected yet' },
    [connection],
  );
  const reconnect = useCallback(() => connection?.reconnect(), [connection]);
  const loadParticipants = useCallback(() => void connection?.loadParticipants(), [connection]);
  const watch = useCallback((tableId: string | null) => void connection?.watch(tableId), [connection]);
  return { ...state, serverNow, send, reconnect, loadParticipants, watch };
}
