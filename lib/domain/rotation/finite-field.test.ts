import { describe, expect, it } from 'vitest';
import { finiteField, primePowerOf } from './finite-field';

describe('primePowerOf', () => {
  it.each([
    [2, { p: 2, k: 1 }],
    [4, { p: 2, k: 2 }],
    [8, { p: 2, k: 3 }],
    [9, { p: 3, k: 2 }],
    [25, { p: 5, k: 2 }],
    [7, { p: 7, k: 1 }],
    [6, null],
    [12, null],
    [150, null],
    [1, null],
  ])('%i → %j', (n, expected) => {
    expect(primePowerOf(n)).toEqual(expected);
  });
});

describe('finiteField', () => {
  it('has no field of order 6, 10 or 1', () => {
    expect([6, 10, 1].map(finiteField)).toEqual([null, null, null]);
  });

  it('GF(4): the multiplication table of x² = x + 1 (2 = x, 3 = x + 1)', () => {
    const f = finiteField(4);
    const table = [0, 1, 2, 3].map((a) => [0, 1, 2, 3].map((b) => f?.mul(a, b)));
    expect(table).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 3],
      [0, 2, 3, 1],
      [0, 3, 1, 2],
    ]);
    const sums = [0, 1, 2, 3].map((a) => [0, 1, 2, 3].map((b) => f?.add(a, b)));
    expect(sums).toEqual([
      [0, 1, 2, 3],
      [1, 0, 3, 2],
      [2, 3, 0, 1],
      [3, 2, 1, 0],
    ]);
  });

  it.each([4, 8, 9, 16, 25, 27, 49, 7])('GF(%i): inverses, negatives, distributivity, associativity', (q) => {
    const f = finiteField(q);
    if (!f) throw new Error('expected a field');
    const all = Array.from({ length: q }, (_, i) => i);
    let failures = 0;
    for (const a of all) {
      if (a !== 0 && f.mul(a, f.inv(a)) !== 1) failures++;
      if (f.add(a, f.neg(a)) !== 0) failures++;
      if (f.mul(a, 1) !== a || f.add(a, 0) !== a) failures++;
      for (const b of all) {
        if (f.mul(a, b) !== f.mul(b, a) || f.add(a, b) !== f.add(b, a)) failures++;
        if (a !== 0 && b !== 0 && f.mul(a, b) === 0) failures++;
        for (const c of all) {
          if (f.mul(a, f.add(b, c)) !== f.add(f.mul(a, b), f.mul(a, c))) failures++;
          if (f.mul(a, f.mul(b, c)) !== f.mul(f.mul(a, b), c)) failures++;
        }
      }
    }
    expect(failures).toBe(0);
  });

  it.each([
    [8, 2, 3],
    [9, 3, 2],
    [4, 2, 2],
  ])('GF(%i) has characteristic %i and degree %i; 1 + … + 1 (p times) = 0', (q, p, k) => {
    const f = finiteField(q);
    expect([f?.characteristic, f?.degree]).toEqual([p, k]);
    let sum = 0;
    for (let i = 0; i < p; i++) sum = f?.add(sum, 1) ?? -1;
    expect(sum).toBe(0);
  });

  it('refuses the inverse of 0', () => {
    expect(() => finiteField(9)?.inv(0)).toThrow();
  });
});
