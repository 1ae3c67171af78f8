/**
 * Designs no formula gives, found by computer search for this planner (scripts not kept: the
 * designs are checked by `orthogonal-arrays.test.ts`, which is all that matters about them).
 */

/** Digits of a square, one string per row. */
function square(rows: readonly string[]): number[][] {
  return rows.map((row) => [...row].map(Number));
}

/**
 * Two orthogonal Latin squares of order 10 (Euler conjectured none exist; Parker found the first
 * pair in 1959). Found as a random Latin square with ten disjoint transversals.
 */
export const ORDER_10_SQUARES: readonly number[][][] = [
  square(['0859731462', '1290673845', '9642305187', '6715482309', '8537246091', '2471859630', '4328190756', '7064518923', '5103964278', '3986027514']),
  square(['5320678491', '1746329058', '8203541967', '6957814203', '2485967310', '0132756849', '7068492135', '4819035726', '9671203584', '3594180672']),
];

/**
 * A common transversal of ORDER_10_SQUARES: in row r, the cell at column t[r]. Its ten cells
 * differ in row, column and both squares' symbols, so they can seat the ten hosts when all four
 * columns of the array are rounds (10 tables, 4 rounds, 90 movers, no pair meeting twice).
 */
export const ORDER_10_TRANSVERSALS: readonly (readonly number[])[] = [[3, 0, 5, 1, 2, 4, 9, 8, 6, 7]];

/**
 * A Latin square of order 6 with four disjoint transversals (the most any has: six would make an
 * orthogonal mate, which order 6 does not have). As an OA(3, 6) — row, column, symbol — with the
 * first transversal as the hosts, it seats 6 tables for 3 rounds with no pair meeting twice, which
 * the cyclic square (it has no transversal at all) cannot; the other three are movers' rows.
 */
export const ORDER_6_SQUARE: readonly number[][] = square(['043215', '410532', '235140', '152403', '501324', '324051']);

/** Disjoint transversals of ORDER_6_SQUARE: in row r, the cell at column t[r]. The first seats the hosts. */
export const ORDER_6_TRANSVERSALS: readonly (readonly number[])[] = [
  [0, 3, 4, 5, 2, 1],
  [3, 2, 1, 0, 5, 4],
  [4, 5, 2, 3, 1, 0],
  [5, 1, 0, 4, 3, 2],
];

/**
 * A (12, 6; 1) difference matrix over Z2 × Z6 (element 6a + b for (a, b)): for any two rows, the
 * differences d_i[j] − d_i'[j] run over the whole group. It gives an OA(7, 12), i.e. 5 MOLS of
 * order 12, where the product 3 × 4 gives only 2. Found by backtracking over the group's
 * orthomorphisms.
 */
export const ORDER_12_DIFFERENCES: { readonly moduli: readonly number[]; readonly rows: readonly (readonly number[])[] } = {
  moduli: [2, 6],
  rows: [
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [0, 5, 9, 11, 3, 10, 8, 4, 2, 1, 7, 6],
    [0, 3, 8, 2, 11, 7, 10, 5, 9, 6, 1, 4],
    [0, 11, 7, 6, 5, 2, 1, 3, 10, 8, 4, 9],
    [0, 4, 1, 9, 8, 6, 2, 11, 5, 10, 3, 7],
  ],
};

/**
 * A (15, 4; 1) difference matrix over Z15: an OA(5, 15), i.e. 3 MOLS of order 15 (the product 3 × 5
 * gives 2, the cyclic group's multipliers too few rows). Found by backtracking, row by row.
 */
export const ORDER_15_DIFFERENCES: { readonly moduli: readonly number[]; readonly rows: readonly (readonly number[])[] } = {
  moduli: [15],
  rows: [
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    [0, 7, 10, 1, 13, 8, 11, 3, 5, 4, 9, 12, 14, 2, 6],
    [0, 11, 3, 8, 12, 14, 9, 4, 7, 13, 6, 2, 10, 5, 1],
  ],
};

/**
 * The best seatings of 30 movers at 6 tables for 4, 5 and 6 rounds found by long runs of this
 * planner's own search (eight times the step budget, four seeds each): with no pair of orthogonal
 * Latin squares of order 6, no construction reaches the bound, and the search rarely matches these
 * in its usual budget. Best known, not proven optimal. One word per mover: its table each round.
 */
export const SIX_TABLE_DESIGNS: ReadonlyMap<number, { readonly repeatedPairs: number; readonly schedules: string }> = new Map([
  [
    4,
    {
      repeatedPairs: 5,
      schedules:
        '5403 3510 3104 1024 5320 3052 4035 5041 4312 3245 5214 3421 2534 0123 0231 2013 4123 2451 1305 1430 5132 0542 4250 0415 1542 4501 0354 2140 2305 1253',
    },
  ],
  [
    5,
    {
      repeatedPairs: 13,
      schedules:
        '53124 53120 45021 52341 14305 51203 30425 23401 21034 35140 02153 15023 34052 50432 40132 01542 23451 04231 32504 12430 01542 35240 14305 42015 05314 20513 10254 41350 24513 43215',
    },
  ],
  [
    6,
    {
      repeatedPairs: 28,
      schedules:
        '423510 243501 012435 102543 053124 320514 431025 245130 135204 410253 154032 351240 305421 123450 530142 045312 254013 530412 502143 201354 543201 410253 154032 025341 201354 431025 324105 012435 514320 342501',
    },
  ],
]);
