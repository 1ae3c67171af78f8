import { listConstraints } from '@/db/queries/constraints';
import { myReactions } from '@/db/queries/reactions';
import { getTable, tableSummaries } from '@/db/queries/seating';
import type { LiveState } from '@/lib/domain/session-machine';
import type { ParticipantView, SessionConfig } from '@/lib/realtime/contract';
import { arrivalOf } from './arrival';
import { progressOf, rotationViewOf } from './rotation';
import type { RealtimeDeps, RealtimeServer } from './deps';
import { rooms, sessionRooms } from './rooms';
import { requireSessionContext } from './session-context';
import { buildTableView } from './table-view';

/**
 * Session-wide changes reach every room of the session with the same sequence number, in one
 * message each; a table's changes reach its people and the organiser as the table's whole view.
 */
export function createBroadcaster(io: RealtimeServer, deps: RealtimeDeps) {
  const { clock, db } = deps;
  return {
    state(sessionId: string, seq: number, live: LiveState): void {
      io.to(sessionRooms(sessionId)).emit('session:state', { seq, live, serverTime: clock.now() });
    },
    updated(sessionId: string, seq: number, session: SessionConfig): void {
      io.to(sessionRooms(sessionId)).emit('session:updated', { seq, session });
    },
    joined(sessionId: string, seq: number, participant: ParticipantView, participantCount: number): void {
      io.to(rooms.organiser(sessionId)).emit('lobby:joined', { seq, participant, participantCount });
      io.to([rooms.phones(sessionId), rooms.screen(sessionId)]).emit('lobby:count', { seq, participantCount });
    },
    deleted(sessionId: string, seq: number): void {
      io.to(sessionRooms(sessionId)).emit('session:deleted', { seq });
    },
    /** People moved between tables: their sockets change table rooms, everyone gets the new seating. */
    seating(sessionId: string, seq: number, moved: { participantId: string; from: string | null; tableId: string | null }[]): void {
      for (const move of moved) {
        if (move.from === move.tableId) continue;
        if (move.from) io.in(rooms.participant(move.participantId)).socketsLeave(rooms.table(move.from));
        if (move.tableId) io.in(rooms.participant(move.participantId)).socketsJoin(rooms.table(move.tableId));
      }
      io.to(sessionRooms(sessionId)).emit('seating:changed', {
        seq,
        seating: tableSummaries(db, sessionId),
        moved: moved.map(({ participantId, tableId }) => ({ participantId, tableId })),
      });
    },
    /** The organiser's rotation preview, the room's check-in progress, and each mover's destination. */
    rotation(sessionId: string, arrivals: string[] = []): void {
      const ctx = requireSessionContext(db, sessionId);
      io.to(rooms.organiser(sessionId)).emit('rotation:updated', { rotation: rotationViewOf(db, ctx) });
      io.to([rooms.organiser(sessionId), rooms.screen(sessionId)]).emit('rotation:progress', { moving: progressOf(db, ctx) });
      for (const participantId of arrivals) {
        io.to(rooms.participant(participantId)).emit('arrival:updated', { arrival: arrivalOf(db, participantId) });
      }
    },
    /** The organiser's seating wishes, whole (and the preview, when it was re-planned for them). */
    constraints(sessionId: string, withRotation = false): void {
      io.to(rooms.organiser(sessionId)).emit('constraints:updated', { constraints: listConstraints(db, sessionId) });
      if (withRotation) this.rotation(sessionId);
    },
    /** What this participant gave a +1 to (only they are told). */
    myPlusOnes(participantId: string): void {
      io.to(rooms.participant(participantId)).emit('plus-ones:mine', { targetIds: myReactions(db, participantId) });
    },
    /** Sends each table's current view to its people and to the organiser. */
    tables(sessionId: string, tableIds: Iterable<string>): void {
      const ids = [...new Set(tableIds)];
      if (ids.length === 0) return;
      const { view } = requireSessionContext(db, sessionId);
      for (const id of ids) {
        const table = getTable(db, id);
        if (table) io.to([rooms.table(id), rooms.organiser(sessionId)]).emit('table:view', { view: buildTableView(db, table, view) });
      }
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
