import type { Server, Socket } from 'socket.io';
import type { Db } from '@/db/client';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/realtime/contract';
import type { Identity } from './identity';

/** What the server remembers of a socket: who it is, and (organiser) the table it has opened. */
export type SocketData = { identity: Identity; watching?: string | null };

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export type Clock = { now(): number };

export type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

/** What the realtime server is given (tests pass a temporary database and their own clock). */
export type RealtimeDeps = {
  db: Db;
  clock: Clock;
  /** Base URL phones use, e.g. http://192.168.1.20:3000 (read when needed: the port may be known late). */
  publicUrl: () => string;
  /** Extra origins allowed to open a socket (the server's own host and publicUrl always are). */
  allowedOrigins?: readonly string[];
  logger?: Logger;
};
