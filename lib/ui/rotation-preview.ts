/** What the console's rotation preview derives from the rotation view: seating by table, figures next to the bound. */
import type { ParticipantView, RotationView, Stage, TableSummary } from '@/lib/realtime/contract';

/** A rotation is applied in the lobby (round 1's seating) and between rounds; prepared at any time a next round exists. */
export function canApplyRotation(stage: Stage): boolean {
  return stage.kind === 'lobby' || stage.kind === 'rotation';
}

export type PlannedMover = { id: string; displayName: string; groupLabel: string | null; checkedIn: boolean };
export type PlannedTable = { table: TableSummary; movers: PlannedMover[]; checkedIn: number };

/** The planned seating, table by table in the room's order, movers by name. */
export function seatingByTable(rotation: RotationView, seating: readonly TableSummary[], participants: readonly ParticipantView[]): PlannedTable[] {
  const people = new Map(participants.map((p) => [p.id, p]));
  return [...seating]
    .sort((a, b) => a.number - b.number)
    .map((table) => {
      const movers = rotation.seats
        .filter((s) => s.tableId === table.id)
        .map((s) => {
          const person = people.get(s.participantId);
          return { id: s.participantId, displayName: person?.displayName ?? '?', groupLabel: person?.groupLabel ?? null, checkedIn: s.checkedIn };
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
      return { table, movers, checkedIn: movers.filter((m) => m.checkedIn).length };
    });
}

export type FigureVerdict = 'at-bound' | 'above-bound';

/** Each figure the organiser reads, with the best any plan can do where it is known. */
export type FigureRow =
  | { key: 'repeatedPairs'; value: number; bound: number; verdict: FigureVerdict }
  | { key: 'revisits'; value: number; bound: number; verdict: FigureVerdict }
  | { key: 'maxMeetings'; value: number }
  | { key: 'sizeSpread'; value: number }
  /** Tables outside the session's per-table limits (only when it has some): zero is the goal. */
  | { key: 'sizesOutside' | 'sizesAbove' | 'sizesBelow'; value: number; min: number; max: number; verdict: FigureVerdict }
  | { key: 'labelExcess'; value: number };

/** The session's people per table, host included (null: no limit). */
export type SizeLimits = { minPerTable: number | null; maxPerTable: number | null };

function sizesRow(value: number, { minPerTable: min, maxPerTable: max }: SizeLimits): FigureRow[] {
  if (min === null && max === null) return [];
  const key = min !== null && max !== null ? 'sizesOutside' : max !== null ? 'sizesAbove' : 'sizesBelow';
  return [{ key, value, min: min ?? 0, max: max ?? 0, verdict: value === 0 ? 'at-bound' : 'above-bound' }];
}

export function figureRows(rotation: Pick<RotationView, 'figures' | 'bound'>, limits: SizeLimits = { minPerTable: null, maxPerTable: null }): FigureRow[] {
  const { figures, bound } = rotation;
  const verdict = (value: number, best: number): FigureVerdict => (value <= best ? 'at-bound' : 'above-bound');
  return [
    { key: 'repeatedPairs', value: figures.repeatedPairs, bound: bound.repeatedPairs, verdict: verdict(figures.repeatedPairs, bound.repeatedPairs) },
    { key: 'maxMeetings', value: figures.maxMeetings },
    { key: 'revisits', value: figures.revisits, bound: bound.revisits, verdict: verdict(figures.revisits, bound.revisits) },
    { key: 'sizeSpread', value: figures.sizeSpread },
    ...sizesRow(figures.sizesOutOfBounds, limits),
    { key: 'labelExcess', value: figures.labelExcess },
  ];
}

/** People still on their way: the projector's big number. */
export function stillMoving(moving: { total: number; checkedIn: number } | null | undefined): number {
  return moving ? Math.max(0, moving.total - moving.checkedIn) : 0;
}
