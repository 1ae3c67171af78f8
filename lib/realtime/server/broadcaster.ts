/**
 * What the server sends, and to whom: traffic that does not grow with the room. Session-wide
 * changes (the stage, the prepared session) reach everyone at once, numbered. What concerns one
 * person (their seat, their arrival, their +1s) reaches that person. A table's content reaches its
 * people (and an organiser who opened it), coalesced. Room-wide figures (the head count, who joined,
 * the tables' figures, check-ins) are coalesced to a few messages per second. A table's view goes
 * out only when what it shows changed (sent-views.ts). Big batches are sent in slices so the
 * server keeps answering in between. The plenary's view goes whole to each audience
 * when it changed (coalesced, and only if different from what that audience last got); its progress
 * is a room-wide figure; a person's own dots and ratings reach that person.
 */
import { listConstraints } from '@/db/queries/constraints';
import { waitingRequests } from '@/db/queries/join-requests';
import { getParticipantsByIds, toParticipantView } from '@/db/queries/participants';
import { giversOf, myReactions } from '@/db/queries/reactions';
import { tableSummaries } from '@/db/queries/seating';
import { countParticipants } from '@/db/queries/sessions';
import { tableRowsByIds } from '@/db/queries/table-content';
import type { LiveState } from '@/lib/domain/session-machine';
import { plusOnesShown } from '@/lib/domain/visibility';
import type { PlenaryBroadcast, PlenaryProgressBroadcast, RequestBroadcast, SeatMove, SessionConfig, TableStats, TableView } from '@/lib/realtime/contract';
import { tableStatsOf } from '@/lib/realtime/table-stats';
import { admissionOfSession } from './admission';
import { arrivalOf, tableRefOf } from './arrival';
import { CommandError } from './command-error';
import type { RealtimeDeps, RealtimeServer } from './deps';
import { progressOf, rotationViewOf } from './rotation';
import { rooms, sessionRooms } from './rooms';
import { ROLES_SEEING_EVERY_TABLE, sessionViewOf } from './session-view';
import type { Move } from './seating-moves';
import { requireSessionContext, type SessionContext } from './session-context';
import { createSentViews } from './sent-views';
import { buildTableViews } from './table-view';
import { buildProgress, inPlenary, mineOf } from './plenary-view';
import { changedFor, forgetPlenaryProgress, forgetPlenaryViews, forgetSession, plenaryViewsOf, progressSent } from './plenary-cache';

/** How long a table's changes gather before its view is built and sent. */
export const TABLE_VIEW_DELAY_MS = 40;
/**
 * How long a table's +1 counts gather: at most four messages per second per table. A +1 changes one
 * number; at 1,000 +1s a second over 200 tables, 40 ms sent ~9 messages per +1, 250 ms ~6.
 */
export const PLUS_ONE_DELAY_MS = 250;
/** How long room-wide figures gather: at most four messages per second of each kind. */
export const ROOM_FIGURES_DELAY_MS = 250;
/** How long the plenary's changes gather before its views are built and sent (the organiser's drags, a host paging); longer for a large café. */
export const PLENARY_VIEW_DELAY_MS = 100;
/** Phones get the vote's progress at most once a second (the console and the projector four times). */
export const PHONE_PROGRESS_DELAY_MS = 1_000;
/**
 * Tables sent in one go, and people told of their new seat in one go, before other work gets a turn
 * (an ack waits behind a slice: 25 tables' views were ~25 ms at 2,000 phones, 5 are ~5).
 */
const TABLES_PER_SLICE = 5;
/**
 * Tables whose content is read together, in one turn, then sent a slice per turn: a read's cost is
 * mostly per statement, and the sharing's 200 tables read 5 at a time took ~19 ms of the thread
 * against ~15 ms 20 at a time (a read of 20 is ~1 ms).
 */
const TABLES_READ_TOGETHER = 20;
const PEOPLE_PER_SLICE = 200;
/**
 * Sockets a room-wide figure reaches in one go before other work gets a turn. The vote's progress
 * went to 2,000 phones once a second in one write (70–230 ms in a profiled load-bench run), and the
 * dots placed meanwhile waited for their acks (decision 0012).
 */
const SOCKETS_PER_SLICE = 200;
/** Tables whose +1 counts are read and sent in one go (a count message is small: ~10 sockets, one read). */
const PLUS_ONE_TABLES_PER_SLICE = 25;

/** Sets of keys per session, gathered until a flush takes them all. */
class Pending {
  private readonly bySession = new Map<string, Set<string>>();
  add(sessionId: string, keys: Iterable<string> = ['']): void {
    const set = this.bySession.get(sessionId) ?? new Set<string>();
    for (const key of keys) set.add(key);
    this.bySession.set(sessionId, set);
  }
  takeAll(): Map<string, Set<string>> {
    const taken = new Map(this.bySession);
    this.bySession.clear();
    return taken;
  }
  get empty(): boolean {
    return this.bySession.size === 0;
  }
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `socketsPerSlice`: see SOCKETS_PER_SLICE (tests make it small, to send a small room in several slices). */
export function createBroadcaster(io: RealtimeServer, deps: RealtimeDeps, { socketsPerSlice = SOCKETS_PER_SLICE }: { socketsPerSlice?: number } = {}) {
  const { clock, db } = deps;
  const logger = deps.logger ?? console;
  const tables = new Pending();
  /** Notes and ideas whose +1s changed, by table (the session does not matter: a table's room is its own). */
  const plusOnes = new Pending();
  const counts = new Pending();
  const people = new Pending();
  const seating = new Pending();
  const progress = new Pending();
  const rotations = new Pending();
  const waiting = new Pending();
  const stats = new Map<string, Map<string, TableStats>>();
  const sentViews = createSentViews();
  /** How many times each session's state or prepared session went out: a view built before the latest may show what is over. */
  const stateEpochs = new Map<string, number>();
  const nextEpoch = (sessionId: string) => stateEpochs.set(sessionId, (stateEpochs.get(sessionId) ?? 0) + 1);
  const selfMoves = new Map<string, SeatMove[]>();
  const plenaryViews = new Pending();
  const plenaryProgress = new Pending();
  const phoneProgress = new Pending();
  /** Grows with the time a view takes to build (see flushPlenary). */
  let plenaryDelayMs = PLENARY_VIEW_DELAY_MS;
  let tableTimer: NodeJS.Timeout | null = null;
  let plusOneTimer: NodeJS.Timeout | null = null;
  let roomTimer: NodeJS.Timeout | null = null;
  let plenaryTimer: NodeJS.Timeout | null = null;
  let phoneTimer: NodeJS.Timeout | null = null;
  let closed = false;

  /** Runs `step` once per turn of the event loop while `more` says so (a step that fails is logged; the next one runs). */
  function inTurns(step: () => void, more: () => boolean): void {
    const next = () => {
      if (closed) return;
      try {
        step();
      } catch (error) {
        logger.error('[realtime] a broadcast failed', error);
      }
      if (more()) setImmediate(next);
    };
    next();
  }

  /** Runs `work` on each slice, one slice per turn of the event loop. */
  function inSlices<T>(items: readonly T[], size: number, work: (slice: T[]) => void): void {
    const queue = slices(items, size);
    if (queue.length === 0) return;
    inTurns(
      () => work(queue.shift() ?? []),
      () => queue.length > 0,
    );
  }

  /** `atOnce`: a stage change, which changes every view at the same moment: nothing to gather, send them now. */
  function scheduleTables(atOnce = false): void {
    if (atOnce && tableTimer) clearTimeout(tableTimer);
    else if (tableTimer) return;
    tableTimer = setTimeout(flushTables, atOnce ? 0 : TABLE_VIEW_DELAY_MS);
  }

  function scheduleRoom(): void {
    roomTimer ??= setTimeout(flushRoom, ROOM_FIGURES_DELAY_MS);
  }

  function schedulePlenary(): void {
    plenaryTimer ??= setTimeout(flushPlenary, plenaryDelayMs);
  }

  function schedulePhones(): void {
    phoneTimer ??= setTimeout(flushPhoneProgress, PHONE_PROGRESS_DELAY_MS);
  }

  /** The plenary's views are stale from now: built again (at most once per delay) and sent where they changed. */
  function markPlenary(sessionId: string): void {
    forgetPlenaryViews(db, sessionId);
    plenaryViews.add(sessionId);
    schedulePlenary();
  }

  function markProgress(sessionId: string): void {
    forgetPlenaryProgress(db, sessionId);
    plenaryProgress.add(sessionId);
    phoneProgress.add(sessionId);
    scheduleRoom();
    schedulePhones();
  }

  function contextOf(sessionId: string): SessionContext | null {
    try {
      return requireSessionContext(db, sessionId);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      forgetSession(db, sessionId, sessionRooms(sessionId)); // the session is gone
      sentViews.forgetSession(sessionId);
      stateEpochs.delete(sessionId);
      return null;
    }
  }

  /**
   * Sends the progress to every socket in the room now, `socketsPerSlice` sockets per turn of the
   * event loop, so that acks go out between two slices. Two such sends reach each socket in the
   * order they began: both take the room's sockets in the same order, one slice per turn.
   */
  function sendProgressInSlices(room: string, message: PlenaryProgressBroadcast): void {
    inSlices([...(io.of('/').adapter.rooms.get(room) ?? [])], socketsPerSlice, (sockets) => io.to(sockets).emit('plenary:progress', message));
  }

  /** Sends a message to a room unless the room already has exactly it (the progress to a large room: `sliced`). */
  function sendChanged(room: string, event: 'plenary:view', message: PlenaryBroadcast): void;
  function sendChanged(room: string, event: 'plenary:progress', message: PlenaryProgressBroadcast, options?: { sliced: boolean }): void;
  function sendChanged(
    room: string,
    event: 'plenary:view' | 'plenary:progress',
    message: PlenaryBroadcast | PlenaryProgressBroadcast,
    { sliced = false }: { sliced?: boolean } = {},
  ): void {
    if (!changedFor(db, room, event, message)) return;
    if ('progress' in message) {
      progressSent(db, room, message.progress);
      if (sliced) sendProgressInSlices(room, message);
      else io.to(room).emit('plenary:progress', message);
    } else io.to(room).emit('plenary:view', message);
  }

  function flushPlenary(): void {
    plenaryTimer = null;
    const started = performance.now();
    for (const sessionId of plenaryViews.takeAll().keys()) {
      const ctx = contextOf(sessionId);
      if (!ctx) continue;
      const { full, phone } = plenaryViewsOf(db, ctx);
      sendChanged(rooms.organiser(sessionId), 'plenary:view', { plenary: full });
      sendChanged(rooms.screen(sessionId), 'plenary:view', { plenary: phone ? full : null });
      sendChanged(rooms.phones(sessionId), 'plenary:view', { plenary: phone });
    }
    // A large café's view takes tens of milliseconds to build: never spend more than a fifth of the time on it.
    plenaryDelayMs = Math.max(PLENARY_VIEW_DELAY_MS, 4 * (performance.now() - started));
  }

  /** The progress of a session that has reached the plenary (null otherwise, or when it is gone). */
  function progressOfSession(sessionId: string): PlenaryProgressBroadcast | null {
    const ctx = contextOf(sessionId);
    return ctx && inPlenary(ctx.live.stage) ? { progress: buildProgress(db, ctx) } : null;
  }

  function flushPhoneProgress(): void {
    phoneTimer = null;
    for (const sessionId of phoneProgress.takeAll().keys()) {
      const message = progressOfSession(sessionId);
      // Every phone of the room: in slices, not one write that holds every ack back.
      if (message) sendChanged(rooms.phones(sessionId), 'plenary:progress', message, { sliced: true });
    }
  }

  function flushTables(): void {
    tableTimer = null;
    for (const [sessionId, tableIds] of tables.takeAll()) sendTableViews(sessionId, [...tableIds]);
  }

  /**
   * Builds and sends these tables' views: their content read TABLES_READ_TOGETHER at a time, the
   * views sent TABLES_PER_SLICE per turn. Each read takes the session's stage and the tables' rows in
   * the same turn as their content. Views built before a later state went out are built again: a
   * stage change between two turns must not send a table the view of a stage that is over (the
   * sharing's tours de table with the reflection's hidden notes, or notes shown after "back").
   */
  function sendTableViews(sessionId: string, tableIds: readonly string[]): void {
    const toRead = slices(tableIds, TABLES_READ_TOGETHER);
    let built: TableView[] = [];
    let builtAt = 0;
    inTurns(
      () => {
        const epoch = stateEpochs.get(sessionId) ?? 0;
        if (built.length > 0 && builtAt !== epoch) toRead.unshift(built.splice(0).map((v) => v.tableId));
        if (built.length === 0) {
          const ctx = contextOf(sessionId);
          if (!ctx) {
            toRead.length = 0; // the session is gone
            return;
          }
          built = buildTableViews(db, tableRowsByIds(db, toRead.shift() ?? []), ctx.view);
          builtAt = epoch;
        }
        const sessionStats = stats.get(sessionId) ?? new Map<string, TableStats>();
        stats.set(sessionId, sessionStats);
        for (const table of built.splice(0, TABLES_PER_SLICE)) {
          // A stage change that changes nothing this table shows (sharing → consolidation): its room has it.
          if (!sentViews.changed(sessionId, table)) continue;
          io.to(rooms.table(table.tableId)).emit('table:view', { view: table });
          sessionStats.set(table.tableId, tableStatsOf(table));
        }
        scheduleRoom();
      },
      () => built.length > 0 || toRead.length > 0,
    );
  }

  /** Each table's new +1 counts, to the table (its phones, and an organiser who opened it). */
  function flushPlusOnes(): void {
    plusOneTimer = null;
    inSlices([...plusOnes.takeAll()], PLUS_ONE_TABLES_PER_SLICE, (slice) => {
      for (const [tableId, targetIds] of slice) {
        const counts: Record<string, number> = {};
        for (const [targetId, givers] of giversOf(db, [...targetIds])) counts[targetId] = plusOnesShown(givers);
        io.to(rooms.table(tableId)).emit('table:plus-ones', { tableId, counts });
      }
    });
  }

  function flushRoom(): void {
    roomTimer = null;
    for (const sessionId of counts.takeAll().keys()) {
      io.to(sessionRooms(sessionId)).emit('room:count', { participantCount: countParticipants(db, sessionId) });
    }
    for (const [sessionId, ids] of people.takeAll()) {
      io.to(rooms.organiser(sessionId)).emit('participants:changed', { participants: getParticipantsByIds(db, [...ids]).map(toParticipantView) });
    }
    for (const sessionId of seating.takeAll().keys()) {
      io.to(rooms.organiser(sessionId)).emit('seating:changed', { seating: tableSummaries(db, sessionId) });
    }
    for (const [sessionId, changed] of stats) {
      io.to(rooms.organiser(sessionId)).emit('table:stats', { stats: [...changed.values()] });
    }
    stats.clear();
    for (const [sessionId, moves] of selfMoves) io.to(rooms.organiser(sessionId)).emit('seat:moved', { moves });
    selfMoves.clear();
    for (const sessionId of rotations.takeAll().keys()) {
      try {
        io.to(rooms.organiser(sessionId)).emit('rotation:updated', { rotation: rotationViewOf(db, requireSessionContext(db, sessionId)) });
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
      }
    }
    for (const sessionId of waiting.takeAll().keys()) {
      io.to(rooms.organiser(sessionId)).emit('admission:waiting', { requests: waitingRequests(db, sessionId) });
    }
    for (const sessionId of progress.takeAll().keys()) {
      try {
        io.to([rooms.organiser(sessionId), rooms.screen(sessionId)]).emit('rotation:progress', {
          moving: progressOf(db, requireSessionContext(db, sessionId)),
        });
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
      }
    }
    for (const sessionId of plenaryProgress.takeAll().keys()) {
      const message = progressOfSession(sessionId);
      if (!message) continue;
      for (const room of [rooms.organiser(sessionId), rooms.screen(sessionId)]) sendChanged(room, 'plenary:progress', message);
    }
  }

  return {
    /** A new stage, a pause, an extension: to everyone, at once. */
    state(sessionId: string, seq: number, live: LiveState): void {
      nextEpoch(sessionId);
      io.to(sessionRooms(sessionId)).emit('session:state', { seq, live, serverTime: clock.now() });
    },
    /** The prepared session, edited: the tables' names to the console and the projector, their count to the phones. */
    updated(sessionId: string, seq: number, session: SessionConfig): void {
      nextEpoch(sessionId); // anonymity, for one, changes what the tables show
      io.to(ROLES_SEEING_EVERY_TABLE.map((role) => rooms[role](sessionId))).emit('session:updated', { seq, session: sessionViewOf(session, true) });
      io.to(rooms.phones(sessionId)).emit('session:updated', { seq, session: sessionViewOf(session, false) });
    },
    deleted(sessionId: string, seq: number): void {
      sentViews.forgetSession(sessionId);
      nextEpoch(sessionId); // the session's views still being built are not sent
      io.to(sessionRooms(sessionId)).emit('session:deleted', { seq });
    },
    /** Someone joined: the head count (coalesced) and, for the organiser, the person. */
    joined(sessionId: string, participantId: string): void {
      counts.add(sessionId);
      people.add(sessionId, [participantId]);
      scheduleRoom();
      // "28 of 41": one more who may vote (sent only during the plenary, and only if it changed).
      markProgress(sessionId);
    },
    /**
     * People moved between tables: their sockets change table rooms and each is told where they sit
     * now; the organiser gets them and the tables' new summaries (coalesced).
     */
    seats(sessionId: string, moves: readonly Move[]): void {
      const real = moves.filter((m) => m.from !== m.tableId);
      const tableRows = new Map(tableRowsByIds(db, [...new Set(real.flatMap((m) => (m.tableId ? [m.tableId] : [])))]).map((t) => [t.id, t]));
      inSlices(real, PEOPLE_PER_SLICE, (slice) => {
        for (const move of slice) {
          const sockets = io.in(rooms.participant(move.participantId));
          if (move.from) sockets.socketsLeave(rooms.table(move.from));
          if (move.tableId) {
            sockets.socketsJoin(rooms.table(move.tableId));
            sentViews.forgetTable(move.tableId);
          }
          const table = move.tableId ? tableRows.get(move.tableId) : undefined;
          io.to(rooms.participant(move.participantId)).emit('seat:updated', { tableId: move.tableId, table: table ? tableRefOf(table) : null });
        }
      });
      people.add(
        sessionId,
        moves.map((m) => m.participantId),
      );
      seating.add(sessionId);
      scheduleRoom();
    },
    /**
     * A socket of this table's room got a view built for it alone (its snapshot, the console opening
     * the table): if the room last received something else, the table's next view goes out whatever it shows.
     */
    viewHandedOut(view: TableView | null | undefined): void {
      if (view) sentViews.handedOut(view);
    },
    /** Someone moved themselves to another table (by its link): the organiser is told who, from where, to where (coalesced). */
    selfMoved(sessionId: string, move: SeatMove): void {
      selfMoves.set(sessionId, [...(selfMoves.get(sessionId) ?? []), move]);
      scheduleRoom();
    },
    /** A host changed: the organiser's table summaries follow (coalesced). */
    hosts(sessionId: string): void {
      seating.add(sessionId);
      scheduleRoom();
      // The restitution names each table's host.
      markPlenary(sessionId);
    },
    /**
     * These tables' content changed: their views are rebuilt and sent (coalesced), and the board's
     * figures follow. `ideas`: their ideas changed too, which the plenary's views show (the console's
     * board always, the others once in the plenary) — a note or a +1 does not rebuild them.
     * `stage`: a stage change, whose views go at once.
     */
    tables(sessionId: string, tableIds: Iterable<string>, { ideas = false, stage = false }: { ideas?: boolean; stage?: boolean } = {}): void {
      const ids = [...tableIds];
      if (ids.length === 0) return;
      tables.add(sessionId, ids);
      scheduleTables(stage);
      if (ideas) markPlenary(sessionId);
    },
    /** The organiser's rotation preview (whole), the room's check-ins (coalesced), and each mover's destination. */
    rotation(sessionId: string, arrivals: readonly string[] = []): void {
      io.to(rooms.organiser(sessionId)).emit('rotation:updated', { rotation: rotationViewOf(db, requireSessionContext(db, sessionId)) });
      progress.add(sessionId);
      scheduleRoom();
      inSlices(arrivals, PEOPLE_PER_SLICE, (slice) => {
        for (const participantId of slice) io.to(rooms.participant(participantId)).emit('arrival:updated', { arrival: arrivalOf(db, participantId) });
      });
    },
    /** A check-in: the person's own arrival now; the organiser's preview and the room's progress coalesced. */
    checkedIn(sessionId: string, participantId: string): void {
      progress.add(sessionId);
      rotations.add(sessionId);
      scheduleRoom();
      io.to(rooms.participant(participantId)).emit('arrival:updated', { arrival: arrivalOf(db, participantId) });
    },
    /** The organiser's seating wishes, whole. */
    constraints(sessionId: string): void {
      io.to(rooms.organiser(sessionId)).emit('constraints:updated', { constraints: listConstraints(db, sessionId) });
    },
    /** The doors or the capacity changed: the console and the phones that have not joined yet are told at once (it is rare). */
    admission(sessionId: string): void {
      const admission = admissionOfSession(db, sessionId);
      if (admission) io.to([rooms.organiser(sessionId), rooms.guests(sessionId)]).emit('admission:updated', { admission });
    },
    /**
     * Where the phones' requests to join stand (waiting; approved: they send their join again for
     * their token; refused), to them; and the organiser's list of people waiting (whole, coalesced).
     */
    request(sessionId: string, devices: readonly string[], status: RequestBroadcast['status']): void {
      inSlices(devices, PEOPLE_PER_SLICE, (slice) => {
        for (const device of slice) io.to(rooms.device(sessionId, device)).emit('admission:request', { status });
      });
      waiting.add(sessionId);
      scheduleRoom();
    },
    /**
     * People were removed: each of their phones is told and disconnected (its token no longer
     * works), the organiser drops them from the list, and the counts, the tables they were part of
     * and the rotation preview follow.
     */
    removed(sessionId: string, participantIds: readonly string[], tableIds: readonly string[]): void {
      inSlices(participantIds, PEOPLE_PER_SLICE, (slice) => {
        for (const participantId of slice) {
          io.to(rooms.participant(participantId)).emit('participant:removed', {});
          io.in(rooms.participant(participantId)).disconnectSockets(true);
        }
      });
      io.to(rooms.organiser(sessionId)).emit('participants:removed', { participantIds: [...participantIds] });
      if (tableIds.length > 0) {
        tables.add(sessionId, tableIds);
        scheduleTables();
      }
      counts.add(sessionId);
      seating.add(sessionId);
      rotations.add(sessionId);
      progress.add(sessionId);
      scheduleRoom();
    },
    /**
     * A +1 given or taken back: the table gets the new count (coalesced per table, up to 250 ms),
     * not its whole view — at 2,000 phones a +1 rebuilt and sent a 6 KB view to everyone at the table.
     */
    plusOne(tableId: string, targetId: string): void {
      plusOnes.add(tableId, [targetId]);
      plusOneTimer ??= setTimeout(flushPlusOnes, PLUS_ONE_DELAY_MS);
    },
    /** What this participant gave a +1 to (only they are told). */
    myPlusOnes(participantId: string): void {
      io.to(rooms.participant(participantId)).emit('plus-ones:mine', { targetIds: myReactions(db, participantId) });
    },
    /** The plenary changed (an organiser's action, a host paging, a stage change): every audience's view, coalesced, and the progress. */
    plenary(sessionId: string): void {
      markPlenary(sessionId);
      markProgress(sessionId);
    },
    /** Someone placed dots or rated, or the items changed: the progress (coalesced; sent only when it changed). */
    plenaryProgress: markProgress,
    /** These participants' own dots and ratings (each told alone; many at once in slices). */
    myPlenary(sessionId: string, participantIds: readonly string[]): void {
      if (participantIds.length === 0) return;
      const ctx = contextOf(sessionId);
      if (!ctx) return;
      inSlices(participantIds, PEOPLE_PER_SLICE, (slice) => {
        for (const id of slice) io.to(rooms.participant(id)).emit('plenary:mine', { mine: mineOf(db, ctx, id) });
      });
    },
    /** Sends what is gathered now (tests, and before closing). */
    flush(): void {
      if (tableTimer) clearTimeout(tableTimer);
      if (!tables.empty) flushTables();
      if (plusOneTimer) clearTimeout(plusOneTimer);
      flushPlusOnes();
      if (roomTimer) clearTimeout(roomTimer);
      flushRoom();
      if (plenaryTimer) clearTimeout(plenaryTimer);
      flushPlenary();
      if (phoneTimer) clearTimeout(phoneTimer);
      flushPhoneProgress();
    },
    close(): void {
      closed = true;
      if (tableTimer) clearTimeout(tableTimer);
      if (plusOneTimer) clearTimeout(plusOneTimer);
      if (roomTimer) clearTimeout(roomTimer);
      if (plenaryTimer) clearTimeout(plenaryTimer);
      if (phoneTimer) clearTimeout(phoneTimer);
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
