/**
 * The client's view of a session: the last snapshot with every numbered broadcast applied in order,
 * table views kept by their own sequence, and whole values (the latest wins). The same reducer
 * serves every client (phone, console, projector, tests).
 */
import type {
  AdmissionBroadcast,
  ArrivalBroadcast,
  ConfigBroadcast,
  ConstraintsBroadcast,
  CountBroadcast,
  MyPlenaryBroadcast,
  RequestBroadcast,
  MyPlusOnesBroadcast,
  ParticipantsBroadcast,
  PlenaryBroadcast,
  PlusOnesBroadcast,
  PlenaryProgressBroadcast,
  ProgressBroadcast,
  RemovedBroadcast,
  RotationBroadcast,
  SeatBroadcast,
  SeatMovedBroadcast,
  SeatingBroadcast,
  Snapshot,
  StateBroadcast,
  StatsBroadcast,
  TableView,
  WaitingBroadcast,
} from './contract';

/** What every client of the session receives, numbered in the session's sequence. */
export type Broadcast = { event: 'session:state'; message: StateBroadcast } | { event: 'session:updated'; message: ConfigBroadcast };

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
  }
}

/**
 * A table's whole view (not numbered in the session sequence): the organiser keeps the latest of
 * each table it opened; a participant keeps only the view of the table where they sit.
 */
export function applyTableView(view: Snapshot, table: TableView, { replaceEqual = false }: { replaceEqual?: boolean } = {}): Snapshot {
  // The same tableSeq is the same content but perhaps other +1 counts (a +1 does not move it): a view
  // just received is newer than the one kept (`replaceEqual`); a snapshot is newer than views kept from before it.
  const older = (kept: TableView) => kept.tableSeq > table.tableSeq || (kept.tableSeq === table.tableSeq && !replaceEqual);
  if (view.role === 'organiser') {
    const tables = view.tables ?? [];
    const current = tables.find((t) => t.tableId === table.tableId);
    if (current && older(current)) return view;
    return { ...view, tables: current ? tables.map((t) => (t.tableId === table.tableId ? table : t)) : [...tables, table] };
  }
  if (!view.me || view.me.tableId !== table.tableId) return view;
  if (view.table && view.table.tableId === table.tableId && older(view.table)) return view;
  return { ...view, table };
}

/** A table's view with these +1 counts set (notes and ideas it does not show are left alone). */
export function withPlusOnes(table: TableView, { counts }: PlusOnesBroadcast): TableView {
  const count = <T extends { id: string; plusOnes: number }>(item: T): T => {
    const plusOnes = counts[item.id];
    return plusOnes === undefined || plusOnes === item.plusOnes ? item : { ...item, plusOnes };
  };
  return { ...table, notes: table.notes.map(count), ideas: table.ideas.map(count) };
}

/** New +1 counts at a table: into the participant's table view, or the console's view of that table. */
export function applyPlusOnes(view: Snapshot, message: PlusOnesBroadcast): Snapshot {
  if (view.role === 'organiser') {
    const tables = view.tables ?? [];
    if (!tables.some((t) => t.tableId === message.tableId)) return view;
    return { ...view, tables: tables.map((t) => (t.tableId === message.tableId ? withPlusOnes(t, message) : t)) };
  }
  if (!view.table || view.table.tableId !== message.tableId) return view;
  return { ...view, table: withPlusOnes(view.table, message) };
}

/** How many of the moves people made themselves the console keeps. */
export const RECENT_MOVES_KEPT = 10;

/** Messages that carry a whole value (not numbered): the latest replaces what the view had (`seat:moved` adds to a short list). */
export type WholeValue =
  | { event: 'room:count'; message: CountBroadcast }
  | { event: 'participants:changed'; message: ParticipantsBroadcast }
  | { event: 'seating:changed'; message: SeatingBroadcast }
  | { event: 'seat:updated'; message: SeatBroadcast }
  | { event: 'seat:moved'; message: SeatMovedBroadcast }
  | { event: 'table:stats'; message: StatsBroadcast }
  | { event: 'rotation:updated'; message: RotationBroadcast }
  | { event: 'constraints:updated'; message: ConstraintsBroadcast }
  | { event: 'rotation:progress'; message: ProgressBroadcast }
  | { event: 'arrival:updated'; message: ArrivalBroadcast }
  | { event: 'plus-ones:mine'; message: MyPlusOnesBroadcast }
  | { event: 'plenary:view'; message: PlenaryBroadcast }
  | { event: 'plenary:progress'; message: PlenaryProgressBroadcast }
  | { event: 'plenary:mine'; message: MyPlenaryBroadcast }
  | { event: 'admission:updated'; message: AdmissionBroadcast }
  | { event: 'admission:waiting'; message: WaitingBroadcast }
  | { event: 'admission:request'; message: RequestBroadcast }
  | { event: 'participants:removed'; message: RemovedBroadcast };

export function applyWholeValue(view: Snapshot, update: WholeValue): Snapshot {
  switch (update.event) {
    case 'room:count':
      return { ...view, participantCount: update.message.participantCount };
    case 'participants:changed': {
      // Only a console that fetched the list keeps it; the others have no list to keep current.
      if (!view.participants) return view;
      const changed = new Map(update.message.participants.map((p) => [p.id, p]));
      const known = new Set(view.participants.map((p) => p.id));
      const kept = view.participants.map((p) => changed.get(p.id) ?? p);
      return { ...view, participants: [...kept, ...update.message.participants.filter((p) => !known.has(p.id))] };
    }
    case 'seating:changed':
      return { ...view, seating: update.message.seating };
    case 'seat:updated': {
      if (!view.me) return view;
      const { tableId, table } = update.message;
      // The new table's view follows in its own message.
      return { ...view, me: { ...view.me, tableId }, myTable: table, table: view.table?.tableId === tableId ? view.table : null };
    }
    case 'seat:moved':
      // Not a whole value: the console keeps the latest few moves to show them, newest last.
      return { ...view, recentMoves: [...(view.recentMoves ?? []), ...update.message.moves].slice(-RECENT_MOVES_KEPT) };
    case 'table:stats': {
      const known = new Map((view.tableStats ?? []).map((s) => [s.tableId, s]));
      for (const s of update.message.stats) if ((known.get(s.tableId)?.tableSeq ?? -1) <= s.tableSeq) known.set(s.tableId, s);
      return { ...view, tableStats: [...known.values()] };
    }
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
    case 'plenary:view':
      return { ...view, plenary: update.message.plenary };
    case 'plenary:progress':
      return { ...view, plenaryProgress: update.message.progress };
    case 'plenary:mine':
      // Only a participant keeps their own dots and ratings.
      return view.me ? { ...view, myPlenary: update.message.mine } : view;
    case 'admission:updated':
      return { ...view, admission: update.message.admission };
    case 'admission:waiting':
      return { ...view, waiting: update.message.requests };
    case 'admission:request':
      return { ...view, myRequest: update.message.status };
    case 'participants:removed': {
      if (!view.participants) return view;
      const gone = new Set(update.message.participantIds);
      return { ...view, participants: view.participants.filter((p) => !gone.has(p.id)) };
    }
  }
}
