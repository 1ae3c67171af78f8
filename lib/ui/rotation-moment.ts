/** The phone's part in a rotation, from its snapshot. */
import type { Snapshot, TableRef } from '@/lib/realtime/contract';

/** Where this phone is in a rotation: sent to a table, arrived there, a host expecting people, or none of it. */
export type RotationMoment = { kind: 'go'; table: TableRef } | { kind: 'arrived'; table: TableRef } | { kind: 'hosting' } | { kind: 'none' };

/**
 * Between rounds (and in the lobby for round 1) the phone shows where to go; an organiser who applies
 * early makes the destination appear during the previous round too. Hosts never move.
 */
export function rotationMoment(view: Snapshot, isHost: boolean): RotationMoment {
  const { stage } = view.live;
  const between = stage.kind === 'lobby' || stage.kind === 'rotation';
  if (isHost) return between ? { kind: 'hosting' } : { kind: 'none' };
  const arrival = view.arrival;
  if (!arrival) return { kind: 'none' };
  const early = stage.kind === 'phase' && stage.round === arrival.round - 1;
  if (!arrival.checkedIn && (between || early)) return { kind: 'go', table: arrival.table };
  if (arrival.checkedIn && between) return { kind: 'arrived', table: arrival.table };
  return { kind: 'none' };
}
