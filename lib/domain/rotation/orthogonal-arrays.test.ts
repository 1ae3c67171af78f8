import { describe, expect, it } from 'vitest';
import { ORDER_10_SQUARES, ORDER_10_TRANSVERSALS, ORDER_12_DIFFERENCES, ORDER_15_DIFFERENCES, ORDER_6_SQUARE, ORDER_6_TRANSVERSALS } from './known-designs';
import { differenceMatrixArray, fieldArray, isOrthogonalArray, knownColumns, orthogonalArray, squaresArray } from './orthogonal-arrays';

const isLatinSquare = (square: readonly (readonly number[])[]): boolean => {
  const n = square.length;
  const full = (values: number[]): boolean => new Set(values).size === n && values.every((v) => v >= 0 && v < n);
  return square.every((row) => row.length === n && full([...row])) && square.every((_, c) => full(square.map((row) => row[c] ?? -1)));
};

describe('orthogonal arrays', () => {
  it.each([2, 3, 4, 5, 7, 8, 9, 11])('GF(%i) gives an OA(q + 1, q)', (q) => {
    const oa = fieldArray(q, q + 1);
    expect(oa?.columns.length).toBe(q + 1);
    expect(oa && isOrthogonalArray(oa)).toBe(true);
  });

  it('the hard-coded pair of order 10 is two Latin squares, orthogonal', () => {
    expect(ORDER_10_SQUARES.map(isLatinSquare)).toEqual([true, true]);
    expect(isOrthogonalArray(squaresArray(ORDER_10_SQUARES))).toBe(true);
  });

  it.each<[string, Parameters<typeof squaresArray>[0], readonly (readonly number[])[]]>([
    ['order 6', [ORDER_6_SQUARE], ORDER_6_TRANSVERSALS],
    ['order 10 (common to both squares)', ORDER_10_SQUARES, ORDER_10_TRANSVERSALS],
  ])('the transversals of %s: cells differing in row, column and symbols, and no cell in two of them', (_name, squares, transversals) => {
    expect(squares.every(isLatinSquare)).toBe(true);
    const oa = squaresArray(squares);
    const n = oa.order;
    const cells = transversals.map((t) => t.map((column, row) => row * n + column));
    for (const transversal of cells) for (const column of oa.columns) expect(new Set(transversal.map((w) => column[w])).size).toBe(n);
    expect(new Set(cells.flat()).size).toBe(n * transversals.length);
  });

  it.each<[string, number, { moduli: readonly number[]; rows: readonly (readonly number[])[] }]>([
    ['12 over Z2 × Z6', 7, ORDER_12_DIFFERENCES],
    ['15 over Z15', 5, ORDER_15_DIFFERENCES],
  ])('the difference matrix of order %s gives an OA with %i columns', (_name, columns, matrix) => {
    const oa = differenceMatrixArray(matrix.moduli, matrix.rows);
    expect(oa.columns.length).toBe(columns);
    expect(isOrthogonalArray(oa)).toBe(true);
  });

  it.each([
    // order, columns wanted → built (MacNeish products, known designs, fields)
    [6, 3],
    [10, 4],
    [12, 7],
    [15, 5],
    [20, 5],
    [21, 4],
    [24, 4],
    [30, 4],
    [36, 5],
  ])('order %i: an OA with %i columns', (n, k) => {
    expect(knownColumns(n)).toBe(k);
    const oa = orthogonalArray(n, k);
    expect(oa?.columns.length).toBe(k);
    expect(oa && isOrthogonalArray(oa)).toBe(true);
  });

  it.each([
    [6, 4],
    [10, 5],
    [14, 4],
  ])('order %i: none known with %i columns', (n, k) => {
    expect(orthogonalArray(n, k)).toBeNull();
  });

  it('tells a broken array', () => {
    const oa = fieldArray(5, 4);
    const column = oa?.columns[3];
    if (!oa || !column) throw new Error('GF(5) gives an OA(4, 5)');
    column.set([column[1] ?? 0, column[0] ?? 0]);
    expect(isOrthogonalArray(oa)).toBe(false);
  });
});
