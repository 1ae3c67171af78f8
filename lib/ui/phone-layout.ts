/** What a participant's phone shows, and in which parts, from its snapshot: the layout rules of the phone screen. */
import type { ParticipantView, Snapshot, TableRef, TableView } from '@/lib/realtime/contract';
import { rotationMoment, type RotationMoment } from './rotation-moment';

export type PhoneLayout = {
  /** The table this person sits at (null when not seated). */
  seat: TableRef | null;
  /** Its host's name, once its view has arrived. */
  hostName: string | null;
  isHost: boolean;
  /** The view of that table, once it has arrived. */
  table: TableView | null;
  moment: RotationMoment;
  /** The part under the title: where to go, the table's header, the form to sit down, or nothing. */
  tablePart: 'destination' | 'header' | 'seat-form' | 'none';
  /** "You have arrived at table 5". */
  arrivedCard: boolean;
  /** "Your turn" / "you're next" above the phase, during the sharing. */
  myTurn: boolean;
  /** A host between rounds sees who is coming. */
  comingList: boolean;
  /** Who sits here: the host always, everyone in the lobby. */
  roster: boolean;
};

export function phoneLayout(view: Snapshot, me: ParticipantView): PhoneLayout {
  const { stage } = view.live;
  const seat = view.myTable && view.myTable.id === me.tableId ? view.myTable : null;
  const table = view.table && view.table.tableId === me.tableId ? view.table : null;
  const isHost = table !== null && table.hostId === me.id;
  const hostName = table?.roster.find((p) => p.id === table.hostId)?.displayName ?? null;
  const moment = rotationMoment(view, isHost);
  // Between rounds the host follows who is coming; in the lobby only once a seating sent people over.
  const comingList = isHost && table !== null && moment.kind === 'hosting' && (stage.kind === 'rotation' || table.roster.some((p) => p.here === false));
  const tablePart = moment.kind === 'go' ? 'destination' : seat ? 'header' : stage.kind !== 'closed' ? 'seat-form' : 'none';
  return {
    seat,
    hostName,
    isHost,
    table,
    moment,
    tablePart,
    arrivedCard: moment.kind === 'arrived',
    myTurn: table !== null && stage.kind === 'phase' && stage.phase === 'sharing',
    comingList,
    roster: table !== null && !comingList && (isHost || stage.kind === 'lobby'),
  };
}
