/** What a participant's phone shows, and in which order, from its snapshot: the layout rules of the phone screen. */
import type { ParticipantView, Snapshot, TableRef, TableView } from '@/lib/realtime/contract';
import { rotationMoment, type RotationMoment } from './rotation-moment';

/**
 * The parts of the phone screen, each shown at most once:
 * - `stage-bar`: during a phase, a compact line with the phase and its timer, pinned to the top;
 * - `status`: outside the phases, the stage in large type (waiting, change tables, plenary, the end);
 * - `question`: during a phase, what to do and the round's question;
 * - `phase-content`: what the phase asks (the notes editor, the speaking order, the ideas);
 * - `arrived`, `destination`: a rotation's welcome, or where to go;
 * - `table-header`: the table where the person sits; `seat-form`: how to sit down;
 * - `my-turn`: "your turn" / "you're next" in the tour de table;
 * - `coming`: the host's list of who is coming between rounds; `roster`: who sits at the table.
 */
export type PhonePart =
  'stage-bar' | 'status' | 'question' | 'phase-content' | 'arrived' | 'destination' | 'table-header' | 'seat-form' | 'my-turn' | 'coming' | 'roster';

export type PhoneLayout = {
  /** The table this person sits at (null when not seated). */
  seat: TableRef | null;
  /** Its host's name, once its view has arrived. */
  hostName: string | null;
  isHost: boolean;
  /** The view of that table, once it has arrived. */
  table: TableView | null;
  moment: RotationMoment;
  /** The parts to show, top to bottom. */
  order: PhonePart[];
  /** The host's controls for the phase, pinned to the bottom of the screen so they stay within reach: the tour de table's. */
  hostBar: 'turns' | null;
};

export function phoneLayout(view: Snapshot, me: ParticipantView): PhoneLayout {
  const { stage } = view.live;
  const seat = view.myTable && view.myTable.id === me.tableId ? view.myTable : null;
  const table = view.table && view.table.tableId === me.tableId ? view.table : null;
  const isHost = table !== null && table.hostId === me.id;
  const hostName = table?.roster.find((p) => p.id === table.hostId)?.displayName ?? null;
  const moment = rotationMoment(view, isHost);
  // Between rounds the host follows who is coming; in the lobby only once a seating sent people over.
  const coming = isHost && table !== null && moment.kind === 'hosting' && (stage.kind === 'rotation' || table.roster.some((p) => p.here === false));
  const roster = table !== null && !coming && (isHost || stage.kind === 'lobby');
  const tablePart: PhonePart | null = moment.kind === 'go' ? 'destination' : seat ? 'table-header' : stage.kind !== 'closed' ? 'seat-form' : null;
  const sharing = stage.kind === 'phase' && stage.phase === 'sharing';

  const parts: (PhonePart | null | false)[] =
    stage.kind === 'phase'
      ? // During a phase the task comes first, under a compact timer; where one sits comes after it
        // (unless one must sit down or go somewhere first).
        [
          'stage-bar',
          tablePart !== 'table-header' && tablePart,
          table !== null && sharing && 'my-turn',
          'question',
          'phase-content',
          tablePart === 'table-header' && tablePart,
          coming && 'coming',
          roster && 'roster',
        ]
      : [moment.kind === 'arrived' && 'arrived', tablePart, 'status', 'phase-content', coming && 'coming', roster && 'roster'];
  return {
    seat,
    hostName,
    isHost,
    table,
    moment,
    order: parts.filter((p): p is PhonePart => typeof p === 'string'),
    hostBar: isHost && sharing ? 'turns' : null,
  };
}
