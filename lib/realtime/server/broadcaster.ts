import type { LiveState } from '../../domain/session-machine';
import type { ParticipantView, SessionConfig } from '../contract';
import { rooms, sessionRooms, type Clock, type RealtimeServer } from './types';

/** Every change reaches every room of its session with the same sequence number, in one message each. */
export function createBroadcaster(io: RealtimeServer, clock: Clock) {
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
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
