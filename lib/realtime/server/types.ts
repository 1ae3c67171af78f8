import type { Server, Socket } from 'socket.io';
import type { Db } from '@/db/client';
import type { ClientToServerEvents, ErrorCode, FieldIssue, ServerToClientEvents } from '@/lib/realtime/contract';

/** Who is on the other end of a socket, decided at the handshake (never from a payload). */
export type Identity =
  | { role: 'organiser'; sessionId: string | null }
  | { role: 'screen'; sessionId: string }
  | { role: 'guest'; sessionId: string }
  | { role: 'participant'; sessionId: string; participantId: string };

export type SocketData = { identity: Identity };

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export type Clock = { now(): number };

export type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

export type RealtimeDeps = {
  db: Db;
  clock: Clock;
  /** Base URL phones use, e.g. http://192.168.1.20:3000 (read when needed: the port may be known late). */
  publicUrl: () => string;
  /** Extra origins allowed to open a socket (the server's own host and publicUrl always are). */
  allowedOrigins?: readonly string[];
  logger?: Logger;
};

/** A refusal with a known code: rolls back the transaction and is sent back in the ack. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly issues?: FieldIssue[],
    readonly expected?: { tableId: string; number: number },
  ) {
    super(message);
  }
}

export const rooms = {
  organiser: (sessionId: string) => `s:${sessionId}:organiser`,
  phones: (sessionId: string) => `s:${sessionId}:phones`,
  screen: (sessionId: string) => `s:${sessionId}:screen`,
  /** Every socket of one participant (a phone, a second tab). */
  participant: (participantId: string) => `p:${participantId}`,
  /** The people seated at a table (their phones), for `table:view`. */
  table: (tableId: string) => `t:${tableId}`,
};

export function sessionRooms(sessionId: string): string[] {
  return [rooms.organiser(sessionId), rooms.phones(sessionId), rooms.screen(sessionId)];
}
