import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { onSignOut } from '@/lib/auth/sign-outs';
import { hostOf, originAllowed } from '@/lib/server/origin';
import { createBroadcaster } from './broadcaster';
import { commandDispatcher, type Services } from './command';
import { CommandError } from './command-error';
import { CommitBatcher } from './commit-batcher';
import { COMMANDS } from './commands/command-list';
import { createDeadlineScheduler, type Timers } from './deadline-scheduler';
import { finishPendingStageWork } from './stage-work';
import { createPacedQueue } from './paced-queue';
import { createPlannerPool } from './planner-pool';
import { createPreviewReplanner } from './preview-replanner';
import type { RealtimeDeps, RealtimeServer } from './deps';
import { identify } from './identity';
import { joinRooms, sendSnapshot } from './join-rooms';
import { watchOrganiserSignIns } from './organiser-sign-ins';
import { JoinLimiter, RateLimiter, type JoinLimits } from './rate-limit';

/** Largest message a client may send (a session draft with many rounds and tables fits easily). */
export const MAX_MESSAGE_BYTES = 256 * 1024;
/** How much of a turn of the event loop the snapshots of connecting sockets may take. */
const SNAPSHOTS_BUDGET_MS = 10;

/** WebSocket upgrades from another site's page are refused. */
function upgradeAllowed(req: IncomingMessage, deps: RealtimeDeps): boolean {
  return originAllowed(req.headers.origin, [req.headers.host, hostOf(deps.publicUrl()), ...(deps.allowedOrigins ?? []).map(hostOf)]);
}

/** Socket.io on the given HTTP server, with its dependencies passed in (tests give a temp DB, their own clock and timers). */
export function createRealtimeServer(
  httpServer: HttpServer,
  deps: RealtimeDeps,
  options: { timers?: Timers; joinLimits?: JoinLimits; socketsPerSlice?: number } = {},
) {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    // Leave other upgrade requests (Next's hot reload in development) to their own handlers.
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) => {
      const allowed = upgradeAllowed(req, deps);
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });
  const broadcaster = createBroadcaster(io, deps, { socketsPerSlice: options.socketsPerSlice });
  const scheduler = createDeadlineScheduler(deps, broadcaster, options.timers);
  const batcher = new CommitBatcher(deps.db);
  const planner = createPlannerPool();
  const previews = createPreviewReplanner(deps, batcher, planner, broadcaster);
  const joinLimiter = new JoinLimiter(options.joinLimits);
  const services: Services = { deps, broadcaster, scheduler, limiter: new RateLimiter(), joinLimiter, batcher, planner, previews };
  const logger = deps.logger ?? console;
  const signIns = watchOrganiserSignIns(io, deps, options.timers);
  const stopListening = onSignOut((tokenHash) => signIns.signedOut(tokenHash));
  const dispatch = commandDispatcher(COMMANDS, services);
  // 2,000 phones back at once after the Wi-Fi drops: their snapshots (~2 ms each) at most 10 ms a turn.
  const snapshots = createPacedQueue({ budgetMs: SNAPSHOTS_BUDGET_MS, onError: (error) => logger.error('[realtime] snapshot failed', error) });

  io.use((socket, next) => {
    try {
      socket.data.identity = identify(deps, socket.handshake.auth, socket.handshake.headers.cookie);
      next();
    } catch (error) {
      const refusal = error instanceof CommandError ? error : new CommandError('internal', 'internal error');
      if (!(error instanceof CommandError)) logger.error('[realtime] handshake failed', error);
      next(Object.assign(new Error(refusal.code), { data: { code: refusal.code, message: refusal.message } }));
    }
  });

  io.on('connection', (socket) => {
    const { identity } = socket.data;
    // The first request is read by now (identity, origin, address, headers: kept in socket.handshake);
    // holding it for the connection's lifetime costs memory for nothing (Socket.io's memory advice).
    (socket.conn as { request: IncomingMessage | null }).request = null;
    socket.onAny((event: unknown, ...args: unknown[]) => dispatch(socket, event, args));
    joinRooms(socket, identity, deps);
    if (identity.role === 'organiser') signIns.watch(socket, identity.signIn);
    if (identity.sessionId !== null) {
      // Its rooms are joined now, its snapshot comes in its turn: a broadcast before it is either
      // ignored (no view yet) or a gap the client repairs (decision 0012, later notes).
      snapshots.push(() => {
        if (socket.disconnected) return;
        try {
          sendSnapshot(socket, { deps, broadcaster });
        } catch (error) {
          logger.error('[realtime] snapshot failed', error);
          socket.disconnect(true);
        }
      });
    }
  });

  try {
    // A stage change committed just before a stop: its tours de table or seating (decision 0020).
    const finished = finishPendingStageWork(deps.db, deps.clock.now());
    if (finished > 0) logger.info(`[realtime] finished the work of ${finished} stage change(s) the last stop left due`);
  } catch (error) {
    logger.error('[realtime] the work a stage change left due failed (tried again at the next start)', error);
  }
  scheduler.armAll();

  return {
    io,
    async close(): Promise<void> {
      stopListening();
      signIns.close();
      batcher.flush(Infinity); // everything queued, before the database closes
      snapshots.close();
      scheduler.close();
      broadcaster.close();
      await planner.close();
      await io.close();
    },
  };
}
