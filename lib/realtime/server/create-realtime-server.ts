import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { getParticipant } from '@/db/queries/participants';
import { createBroadcaster } from './broadcaster';
import type { CommandContext } from './command';
import { registerCommonHandlers } from './common-handlers';
import { registerConsolidationHandlers } from './consolidation-handlers';
import { registerConstraintHandlers } from './constraint-handlers';
import { registerNoteHandlers } from './note-handlers';
import { registerRotationHandlers } from './rotation-handlers';
import { registerSeatHandlers } from './seat-handlers';
import { createDeadlineScheduler } from './deadline-scheduler';
import { identify } from './identify';
import { registerPhoneHandlers } from './phone-handlers';
import { RateLimiter } from './rate-limit';
import { registerOrganiserHandlers } from './session-handlers';
import { buildSnapshot } from './snapshot';
import { CommandError, rooms, type Identity, type RealtimeDeps, type RealtimeServer, type RealtimeSocket } from './types';

/** Largest message a client may send (a session draft with many rounds and tables fits easily). */
export const MAX_MESSAGE_BYTES = 256 * 1024;

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** WebSocket upgrades from another site's page are refused (clients without an Origin, like tests, are not browsers). */
function originAllowed(req: IncomingMessage, deps: RealtimeDeps): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const host = hostOf(origin);
  if (host === null) return false;
  const allowed = [req.headers.host, hostOf(deps.publicUrl()), ...(deps.allowedOrigins ?? []).map(hostOf)];
  return allowed.includes(host);
}

export function joinRooms(socket: RealtimeSocket, identity: Identity, deps: RealtimeDeps): void {
  if (identity.sessionId === null) return;
  if (identity.role === 'organiser') void socket.join(rooms.organiser(identity.sessionId));
  else if (identity.role === 'screen') void socket.join(rooms.screen(identity.sessionId));
  else void socket.join(rooms.phones(identity.sessionId));
  if (identity.role === 'participant') {
    void socket.join(rooms.participant(identity.participantId));
    const tableId = getParticipant(deps.db, identity.participantId)?.tableId;
    if (tableId) void socket.join(rooms.table(tableId));
  }
}

/** Socket.io on the given HTTP server, with its dependencies passed in (tests give a temp DB and their own clock). */
export function createRealtimeServer(httpServer: HttpServer, deps: RealtimeDeps) {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    // Leave other upgrade requests (Next's hot reload in development) to their own handlers.
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) => callback(originAllowed(req, deps) ? null : 'origin not allowed', originAllowed(req, deps)),
  });
  const broadcaster = createBroadcaster(io, deps);
  const scheduler = createDeadlineScheduler(deps, broadcaster);
  const ctx: CommandContext = { deps, limiter: new RateLimiter() };

  io.use((socket, next) => {
    try {
      socket.data.identity = identify(deps, socket.handshake.auth, socket.handshake.headers.cookie);
      next();
    } catch (error) {
      const refusal = error instanceof CommandError ? error : new CommandError('internal', 'internal error');
      if (!(error instanceof CommandError)) (deps.logger ?? console).error('[realtime] handshake failed', error);
      next(Object.assign(new Error(refusal.code), { data: { code: refusal.code, message: refusal.message } }));
    }
  });

  io.on('connection', (socket) => {
    const { identity } = socket.data;
    registerCommonHandlers(socket, ctx);
    registerPhoneHandlers(socket, ctx, broadcaster);
    registerOrganiserHandlers(socket, ctx, broadcaster, scheduler);
    registerSeatHandlers(socket, ctx, broadcaster);
    registerNoteHandlers(socket, ctx, broadcaster);
    registerConsolidationHandlers(socket, ctx, broadcaster);
    registerRotationHandlers(socket, ctx, broadcaster);
    registerConstraintHandlers(socket, ctx, broadcaster);
    joinRooms(socket, identity, deps);
    if (identity.sessionId !== null) {
      try {
        socket.emit('session:snapshot', buildSnapshot(deps, identity));
      } catch (error) {
        (deps.logger ?? console).error('[realtime] snapshot failed', error);
        socket.disconnect(true);
      }
    }
  });

  scheduler.armAll();

  return {
    io,
    async close(): Promise<void> {
      scheduler.close();
      await io.close();
    },
  };
}
