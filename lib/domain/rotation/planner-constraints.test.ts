import { describe, expect, it } from 'vitest';
import { plannerConstraints, type SeatingWish } from './planner-constraints';

const movers = new Set(['ana', 'ben', 'cy']);

describe('plannerConstraints', () => {
  it.each<[string, SeatingWish, object[]]>([
    [
      'every round becomes the rounds still to seat',
      { id: 'w1', kind: 'apart', a: 'ana', b: 'ben', round: null },
      [{ id: 'w1', constraint: { kind: 'apart', a: 'ana', b: 'ben', rounds: [1, 2] } }],
    ],
    [
      'one round still to seat',
      { id: 'w2', kind: 'together', a: 'ana', b: 'cy', round: 2 },
      [{ id: 'w2', constraint: { kind: 'together', a: 'ana', b: 'cy', rounds: [2] } }],
    ],
    ['a round already seated is left out', { id: 'w3', kind: 'together', a: 'ana', b: 'cy', round: 0 }, []],
    [
      'stay',
      { id: 'w4', kind: 'stay', person: 'ben', tableId: 't3', round: null },
      [{ id: 'w4', constraint: { kind: 'stay', person: 'ben', table: 't3', rounds: [1, 2] } }],
    ],
    ['someone who left (or hosts now) is left out', { id: 'w5', kind: 'apart', a: 'ana', b: 'dee', round: null }, []],
    ['a stay of someone not moving is left out', { id: 'w6', kind: 'stay', person: 'dee', tableId: 't1', round: 1 }, []],
  ])('%s', (_name, wish, expected) => {
    expect(plannerConstraints([wish], movers, [1, 2])).toEqual(expected);
  });
});
