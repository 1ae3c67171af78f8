import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from './seeded-random';

// ---------------------------------------------------------------- shuffle

const PEOPLE_5 = ['A', 'B', 'C', 'D', 'E'];
const PEOPLE_8 = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i);
/** Random numbers from a list, in order; running out is a test bug. */
const scripted = (values: number[]) => {
  let i = 0;
  return () => {
    const v = values[i++];
    if (v === undefined) throw new Error('scripted random ran out');
    return v;
  };
};

describe('shuffle', () => {
  it.each<[string, string[], number[], string[]]>([
    ['no swap', PEOPLE_5, [0.99, 0.99, 0.99, 0.99], ['A', 'B', 'C', 'D', 'E']],
    ['always j = 0', PEOPLE_5, [0, 0, 0, 0], ['B', 'C', 'D', 'E', 'A']],
    // i=4 j=floor(.5·5)=2 → ABEDC; i=3 j=floor(.25·4)=1 → ADEBC; i=2 j=floor(.9·3)=2 → ADEBC; i=1 j=0 → DAEBC
    ['a scripted draw', PEOPLE_5, [0.5, 0.25, 0.9, 0.1], ['D', 'A', 'E', 'B', 'C']],
    ['two people, swap', ['A', 'B'], [0.4], ['B', 'A']],
    ['two people, keep', ['A', 'B'], [0.6], ['A', 'B']],
    ['one person: no random number drawn', ['A'], [], ['A']],
    ['nobody: no random number drawn', [], [], []],
  ])('%s', (_name, items, randoms, expected) => {
    expect(shuffle(items, scripted(randoms))).toEqual(expected);
  });

  it('draws exactly n − 1 numbers and leaves its input alone', () => {
    let draws = 0;
    const input = [...PEOPLE_8];
    shuffle(input, () => {
      draws++;
      return 0.3;
    });
    expect(draws).toBe(7);
    expect(input).toEqual(PEOPLE_8);
  });

  it.each(seeds(50))('seed %d: a permutation of the input', (seed) => {
    const out = shuffle(PEOPLE_8, seededRandom(seed));
    expect(out).toHaveLength(8);
    expect([...out].sort()).toEqual(PEOPLE_8);
  });

  it.each([0, 1, 42, 2 ** 31, 2 ** 32 - 1])('seed %d: the same order every time', (seed) => {
    expect(shuffle(PEOPLE_8, seededRandom(seed))).toEqual(shuffle(PEOPLE_8, seededRandom(seed)));
  });

  it('different seeds give different orders for 8 people (50 seeds, 50 orders)', () => {
    const orders = new Set(seeds(50).map((seed) => shuffle(PEOPLE_8, seededRandom(seed)).join('')));
    expect(orders.size).toBe(50);
  });

  it('over 200 seeds, each of 5 people is drawn first at least once (and at every other position)', () => {
    const seen = new Set(seeds(200).flatMap((seed) => shuffle(PEOPLE_5, seededRandom(seed)).map((id, position) => `${id}@${position}`)));
    expect([...seen].sort()).toEqual(PEOPLE_5.flatMap((id) => PEOPLE_5.map((_, position) => `${id}@${position}`)).sort());
  });

  it('over 5000 seeds, each of 5 people is first about a fifth of the time (±10 %)', () => {
    const firsts = new Map<string, number>();
    for (const seed of seeds(5000)) {
      const first = shuffle(PEOPLE_5, seededRandom(seed))[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const id of PEOPLE_5) {
      expect(firsts.get(id)).toBeGreaterThan(900);
      expect(firsts.get(id)).toBeLessThan(1100);
    }
  });
});

describe('seededRandom', () => {
  it.each([0, 1, 42, 2 ** 32 - 1])('seed %d: numbers in [0, 1)', (seed) => {
    const random = seededRandom(seed);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('the same seed gives the same numbers, another seed others', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });
});
