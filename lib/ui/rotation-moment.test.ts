import { describe, expect, it } from 'vitest';
import type { Arrival, Snapshot, Stage, TableRef } from '@/lib/realtime/contract';
import { rotationMoment } from './rotation-moment';

const table: TableRef = { id: 't5', number: 5, name: 'Table 5', colour: 'green' };

function snapshot(stage: Stage, arrival: Arrival | null): Snapshot {
  const view = { live: { stage, timer: null }, arrival };
  // Only the fields rotationMoment reads.
  return view as unknown as Snapshot;
}

const rotation: Stage = { kind: 'rotation', afterRound: 0 };
const sent: Arrival = { round: 1, tableId: 't5', checkedIn: false, table };
const arrived: Arrival = { ...sent, checkedIn: true };

describe('rotationMoment', () => {
  it.each<[string, Stage, Arrival | null, boolean, string]>([
    ['sent to a table between rounds', rotation, sent, false, 'go'],
    ['arrived between rounds', rotation, arrived, false, 'arrived'],
    ['sent to a table for round 1 in the lobby', { kind: 'lobby' }, { ...sent, round: 0 }, false, 'go'],
    ['applied early, during the last phase of the round before', { kind: 'phase', round: 0, phase: 'consolidation' }, sent, false, 'go'],
    ['the new round has started', { kind: 'phase', round: 1, phase: 'reflection' }, arrived, false, 'none'],
    ['no rotation under way', rotation, null, false, 'none'],
    ['a host between rounds', rotation, null, true, 'hosting'],
    ['a host during a round', { kind: 'phase', round: 0, phase: 'sharing' }, null, true, 'none'],
    ['the plenary', { kind: 'plenary', step: 'vote' }, sent, false, 'none'],
  ])('%s', (_name, stage, arrival, isHost, kind) => {
    expect(rotationMoment(snapshot(stage, arrival), isHost).kind).toBe(kind);
  });

  it('names the destination table', () => {
    expect(rotationMoment(snapshot(rotation, sent), false)).toEqual({ kind: 'go', table });
  });
});
