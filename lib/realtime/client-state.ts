/**
 * The client's view of a session: the last snapshot with every numbered broadcast applied in order.
 * The same reducer serves every client (phone, console, projector, tests).
 */
import type { ConfigBroadcast, CountBroadcast, JoinedBroadcast, Snapshot, StateBroadcast } from './contract';

export type Broadcast =
  | { event: 'session:state'; message: StateBroadcast }
  | { event: 'session:updated'; message: ConfigBroadcast }
  | { event: 'lobby:joined'; message: JoinedBroadcast }
  | { event: 'lobby:count'; message: CountBroadcast };

/** `stale`: already applied (ignored). `gap`: a broadcast was missed, ask for a snapshot. */
export type ApplyResult = { status: 'applied' | 'stale' | 'gap'; view: Snapshot };

export function applyBroadcast(view: Snapshot, broadcast: Broadcast): ApplyResult {
  const { seq } = broadcast.message;
  if (seq <= view.seq) return { status: 'stale', view };
  if (seq > view.seq + 1) return { status: 'gap', view };
  switch (broadcast.event) {
    case 'session:state':
      return { status: 'applied', view: { ...view, seq, live: broadcast.message.live } };
    case 'session:updated':
      return { status: 'applied', view: { ...view, seq, session: broadcast.message.session } };
    case 'lobby:count':
      return { status: 'applied', view: { ...view, seq, participantCount: broadcast.message.participantCount } };
    case 'lobby:joined': {
      const { participant, participantCount } = broadcast.message;
      const participants = view.participants
        ? [...view.participants.filter((p) => p.id !== participant.id), participant]
        : undefined;
      return { status: 'applied', view: { ...view, seq, participantCount, ...(participants ? { participants } : {}) } };
    }
  }
}
