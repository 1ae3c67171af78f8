/** Where a connected socket listens, and the snapshot it starts from. */
import { getParticipant } from '@/db/queries/participants';
import type { Broadcaster } from './broadcaster';
import type { RealtimeDeps, RealtimeSocket } from './deps';
import type { Identity } from './identity';
import { rooms } from './rooms';
import { buildSnapshot } from './snapshot';

/** A socket joins the rooms of what concerns it: its role's room, and a participant's own room and table. */
export function joinRooms(socket: RealtimeSocket, identity: Identity, deps: RealtimeDeps): void {
  if (identity.sessionId === null) return;
  if (identity.role === 'organiser') void socket.join(rooms.organiser(identity.sessionId));
  else if (identity.role === 'screen') void socket.join(rooms.screen(identity.sessionId));
  else void socket.join(rooms.phones(identity.sessionId));
  if (identity.role === 'guest') void socket.join([rooms.guests(identity.sessionId), rooms.device(identity.sessionId, identity.device)]);
  if (identity.role === 'participant') {
    void socket.join(rooms.participant(identity.participantId));
    const tableId = getParticipant(deps.db, identity.participantId)?.tableId;
    if (tableId) void socket.join(rooms.table(tableId));
  }
}

/** Everything the socket's role may see, now; the broadcaster learns which table view it handed out (sent-views.ts). */
export function sendSnapshot(socket: RealtimeSocket, services: { deps: RealtimeDeps; broadcaster: Broadcaster }): void {
  const snapshot = buildSnapshot(services.deps, services.deps.db, socket.data.identity);
  socket.emit('session:snapshot', snapshot);
  services.broadcaster.viewHandedOut(snapshot.table);
}
