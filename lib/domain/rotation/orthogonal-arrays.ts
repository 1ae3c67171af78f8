/**
 * Orthogonal arrays OA(k, n): n² codewords over k columns of n symbols, such that any two columns
 * show every pair of symbols exactly once, so two codewords agree in at most one column. An OA(k, n)
 * is the same thing as k − 2 mutually orthogonal Latin squares (MOLS) of order n. The seating
 * constructions read columns as rounds: two movers agreeing in at most one column meet at most once.
 *
 * Sources, best first: a finite field (n a prime power: up to n + 1 columns), the known designs of
 * orders 10, 12 and 15, and products (MacNeish): OA(k, a) × OA(k, b) is an OA(k, a·b).
 */

import { finiteField } from './finite-field';
import { ORDER_10_SQUARES, ORDER_12_DIFFERENCES, ORDER_15_DIFFERENCES } from './known-designs';

/** An OA(k, n): `columns[c][w]` is codeword w's symbol (0..n−1) in column c, for k columns of n² codewords. */
export type OrthogonalArray = { order: number; columns: Int32Array[] };

/** The field's array: columns x, y, then a·x + y for a = 1, 2, … (k ≤ q + 1 columns). */
export function fieldArray(q: number, k: number): OrthogonalArray | null {
  const field = finiteField(q);
  if (field === null || k > q + 1) return null;
  const columns = Array.from({ length: k }, () => new Int32Array(q * q));
  for (let x = 0; x < q; x++) {
    for (let y = 0; y < q; y++) {
      const w = x * q + y;
      columns.forEach((column, c) => {
        column[w] = c === 0 ? x : c === 1 ? y : field.add(field.mul(c - 1, x), y);
      });
    }
  }
  return { order: q, columns };
}

/** The array of mutually orthogonal Latin squares: columns row, column, then each square's symbol. */
export function squaresArray(squares: readonly (readonly (readonly number[])[])[]): OrthogonalArray {
  const n = squares[0]?.length ?? 0;
  const columns = Array.from({ length: squares.length + 2 }, () => new Int32Array(n * n));
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      const w = x * n + y;
      columns.forEach((column, c) => {
        column[w] = c === 0 ? x : c === 1 ? y : (squares[c - 2]?.[x]?.[y] ?? -1);
      });
    }
  }
  return { order: n, columns };
}

/**
 * The array of a difference matrix over the abelian group Z_m1 × Z_m2 × … (elements in mixed radix,
 * last modulus fastest): rows d_i such that for any two rows, d_i[j] − d_i'[j] runs over the whole
 * group. Codeword (j, g) reads j, then d_i[j] + g for every row.
 */
export function differenceMatrixArray(moduli: readonly number[], rows: readonly (readonly number[])[]): OrthogonalArray {
  const n = moduli.reduce((a, b) => a * b, 1);
  const add = (a: number, b: number): number => {
    let sum = 0;
    let place = 1;
    for (let i = moduli.length - 1; i >= 0; i--) {
      const m = moduli[i] ?? 1;
      sum += (((Math.floor(a / place) % m) + (Math.floor(b / place) % m)) % m) * place;
      place *= m;
    }
    return sum;
  };
  const columns = Array.from({ length: rows.length + 1 }, () => new Int32Array(n * n));
  for (let j = 0; j < n; j++) {
    for (let g = 0; g < n; g++) {
      const w = j * n + g;
      columns.forEach((column, c) => {
        column[w] = c === 0 ? j : add(rows[c - 1]?.[j] ?? 0, g);
      });
    }
  }
  return { order: n, columns };
}

/** MacNeish's product: codeword (u, v) of an OA(k, a) and an OA(k, b) reads s_u·b + s_v in each of the first k columns. */
export function productArray(a: OrthogonalArray, b: OrthogonalArray): OrthogonalArray {
  const k = Math.min(a.columns.length, b.columns.length);
  const n = a.order * b.order;
  const columns = Array.from({ length: k }, () => new Int32Array(n * n));
  const A = a.order * a.order;
  const B = b.order * b.order;
  for (let u = 0; u < A; u++) {
    for (let v = 0; v < B; v++) {
      columns.forEach((column, c) => {
        column[u * B + v] = (a.columns[c]?.[u] ?? 0) * b.order + (b.columns[c]?.[v] ?? 0);
      });
    }
  }
  return { order: n, columns };
}

/** Whether every two columns show every pair of symbols exactly once (the arrays' defining property). */
export function isOrthogonalArray(oa: OrthogonalArray): boolean {
  const n = oa.order;
  if (oa.columns.some((column) => column.length !== n * n || column.some((s) => s < 0 || s >= n))) return false;
  for (let c = 0; c < oa.columns.length; c++) {
    for (let d = c + 1; d < oa.columns.length; d++) {
      const seen = new Uint8Array(n * n);
      for (let w = 0; w < n * n; w++) {
        const cell = (oa.columns[c]?.[w] ?? 0) * n + (oa.columns[d]?.[w] ?? 0);
        if (seen[cell]) return false;
        seen[cell] = 1;
      }
    }
  }
  return true;
}

/** The known designs of orders that are not prime powers, with their column counts. */
const KNOWN: ReadonlyMap<number, { columns: number; build: () => OrthogonalArray }> = new Map([
  [10, { columns: ORDER_10_SQUARES.length + 2, build: () => squaresArray(ORDER_10_SQUARES) }],
  [12, { columns: ORDER_12_DIFFERENCES.rows.length + 1, build: () => differenceMatrixArray(ORDER_12_DIFFERENCES.moduli, ORDER_12_DIFFERENCES.rows) }],
  [15, { columns: ORDER_15_DIFFERENCES.rows.length + 1, build: () => differenceMatrixArray(ORDER_15_DIFFERENCES.moduli, ORDER_15_DIFFERENCES.rows) }],
]);

/** Orders up to this are factored for products (beyond it, the cyclic construction has rows to spare). */
const MAX_PRODUCT_ORDER = 256;

/** The most columns of an OA of order n that `orthogonalArray` builds (at least 3: a Latin square always exists). */
export function knownColumns(n: number): number {
  if (n < 2) return 0;
  let best = Math.max(3, finiteField(n) !== null ? n + 1 : 0, KNOWN.get(n)?.columns ?? 0);
  if (n > MAX_PRODUCT_ORDER) return best;
  for (let a = 2; a * a <= n; a++) {
    if (n % a === 0) best = Math.max(best, Math.min(knownColumns(a), knownColumns(n / a)));
  }
  return best;
}

/** The cyclic group's Latin square, as an OA(3, n): columns x, y, x + y. */
function cyclicArray(n: number): OrthogonalArray {
  const symbol = [(x: number): number => x, (_: number, y: number): number => y, (x: number, y: number): number => (x + y) % n];
  const columns = symbol.map((of) => Int32Array.from({ length: n * n }, (_, w) => of(Math.floor(w / n), w % n)));
  return { order: n, columns };
}

/** An OA(k, n) from the best known source, or null when none is known with k columns. */
export function orthogonalArray(n: number, k: number): OrthogonalArray | null {
  if (k > knownColumns(n)) return null;
  const trimmed = (oa: OrthogonalArray): OrthogonalArray => ({ order: oa.order, columns: oa.columns.slice(0, k) });
  const field = fieldArray(n, k);
  if (field) return field;
  const known = KNOWN.get(n);
  if (known && known.columns >= k) return trimmed(known.build());
  for (let a = 2; a * a <= n; a++) {
    if (n % a !== 0 || Math.min(knownColumns(a), knownColumns(n / a)) < k) continue;
    const left = orthogonalArray(a, k);
    const right = orthogonalArray(n / a, k);
    if (left && right) return trimmed(productArray(left, right));
  }
  return k <= 3 ? trimmed(cyclicArray(n)) : null;
}
