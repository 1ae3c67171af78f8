/**
 * The client's view of a session: the last snapshot with every numbered broadcast applied in order.
 * The same reducer serves every client (phone, console, projector, tests).
 */
import type {
  ArrivalBroadcast,
  ConfigBroadcast,
  ConstraintsBroadcast,
  CountBroadcast,
  JoinedBroadcast,
  MyPlusOnesBroadcast,
  ProgressBroadcast,
  RotationBroadcast,
  SeatingBroadcast,
  Snapshot,
  StateBroadcast,
  TableView,
} from './contract';

export type Broadcast =
  | { event: 'session:state'; message: StateBroadcast }
  | { event: 'session:updated'; message: ConfigBroadcast }
  | { event: 'lobby:joined'; message: JoinedBroadcast }
  | { event: 'lobby:count'; message: CountBroadcast }
  | { event: 'seating:changed'; message: SeatingBroadcast };

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
      const participants = view.participants ? [...view.participants.filter((p) => p.id !== participant.id), participant] : undefined;
      return { status: 'applied', view: { ...view, seq, participantCount, ...(participants ? { participants } : {}) } };
    }
    case 'seating:changed': {
      const moves = new Map(broadcast.message.moved.map((m) => [m.participantId, m.tableId]));
      const next: Snapshot = { ...view, seq, seating: broadcast.message.seating };
      if (view.participants) {
        next.participants = view.participants.map((p) => (moves.has(p.id) ? { ...p, tableId: moves.get(p.id) ?? null } : p));
      }
      if (view.me && moves.has(view.me.id)) {
        const tableId = moves.get(view.me.id) ?? null;
        next.me = { ...view.me, tableId };
        // The new table's view follows in its own message.
        if (view.table?.tableId !== tableId) next.table = null;
      }
      return { status: 'applied', view: next };
    }
  }
}

/**
 * A table's whole view (not numbered in the session sequence): the organiser keeps every table's
 * latest; a participant keeps only the view of the table where they sit.
 */
export function applyTableView(view: Snapshot, table: TableView): Snapshot {
  if (view.tables) {
    const current = view.tables.find((t) => t.tableId === table.tableId);
    if (current && current.tableSeq >= table.tableSeq) return view;
    const tables = current ? view.tables.map((t) => (t.tableId === table.tableId ? table : t)) : [...view.tables, table];
    return { ...view, tables };
  }
  if (!view.me || view.me.tableId !== table.tableId) return view;
  if (view.table && view.table.tableId === table.tableId && view.table.tableSeq >= table.tableSeq) return view;
  return { ...view, table };
}

/** Messages that carry a whole value (not numbered): the latest replaces what the view had. */
export type WholeValue =
  | { event: 'rotation:updated'; message: RotationBroadcast }
  | { event: 'constraints:updated'; message: ConstraintsBroadcast }
  | { event: 'rotation:progress'; message: ProgressBroadcast }
  | { event: 'arrival:updated'; message: ArrivalBroadcast }
  | { event: 'plus-ones:mine'; message: MyPlusOnesBroadcast };

export function applyWholeValue(view: Snapshot, update: WholeValue): Snapshot {
  switch (update.event) {
    case 'rotation:updated':
      return { ...view, rotation: update.message.rotation };
    case 'constraints:updated':
      return { ...view, constraints: update.message.constraints };
    case 'rotation:progress':
      return { ...view, moving: update.message.moving };
    case 'arrival:updated':
      return { ...view, arrival: update.message.arrival };
    case 'plus-ones:mine':
      return { ...view, myPlusOnes: update.message.targetIds };
  }
}
