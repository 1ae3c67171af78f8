/**
 * Finite fields GF(p^k) as lookup tables, for the algebraic seating constructions.
 * Elements are the integers 0..q−1: element e stands for the polynomial whose base-p digits are
 * e's coefficients (lowest first). 0 and 1 are the field's zero and one.
 */

/** A finite field of order q = p^k with full addition and multiplication tables. */
export type FiniteField = {
  /** The number of elements, p^k. */
  order: number;
  /** The characteristic p (a prime). */
  characteristic: number;
  /** The degree k. */
  degree: number;
  /** a + b, for elements a, b. */
  add(a: number, b: number): number;
  /** a · b, for elements a, b. */
  mul(a: number, b: number): number;
  /** −a. */
  neg(a: number): number;
  /** a⁻¹, for a ≠ 0 (throws on 0). */
  inv(a: number): number;
};

/** The largest field the planner will build (its addition table has q² entries). */
export const MAX_FIELD_ORDER = 1024;

/** `{ p, k }` when n = p^k for a prime p and k ≥ 1, else null. */
export function primePowerOf(n: number): { p: number; k: number } | null {
  if (!Number.isInteger(n) || n < 2) return null;
  let p = 2;
  while (p * p <= n && n % p !== 0) p++;
  if (n % p !== 0) p = n;
  let k = 0;
  let rest = n;
  while (rest % p === 0) {
    rest /= p;
    k++;
  }
  return rest === 1 ? { p, k } : null;
}

function digits(e: number, p: number, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    out.push(e % p);
    e = Math.floor(e / p);
  }
  return out;
}

function fromDigits(ds: readonly number[], p: number): number {
  let e = 0;
  for (let i = ds.length - 1; i >= 0; i--) e = e * p + (ds[i] ?? 0);
  return e;
}

/** x · e in Z_p[x]/(modulus), e given by its k digits: a shift, then one reduction step. */
function timesX(e: readonly number[], modulus: readonly number[], p: number): number[] {
  const k = e.length;
  const top = e[k - 1] ?? 0;
  const out = [0, ...e.slice(0, k - 1)];
  for (let i = 0; i < k; i++) out[i] = ((((out[i] ?? 0) - top * (modulus[i] ?? 0)) % p) + p) % p;
  return out;
}

/**
 * Powers of x modulo the first monic polynomial of degree k over Z_p for which x has order p^k − 1
 * (a primitive polynomial: irreducible, and x generates the multiplicative group).
 */
function primitivePowers(p: number, k: number): number[] {
  const q = p ** k;
  for (let low = 1; low < q; low++) {
    const modulus = [...digits(low, p, k), 1];
    const powers: number[] = [];
    let e = digits(1, p, k);
    for (let i = 0; i < q - 1; i++) {
      const value = fromDigits(e, p);
      if (i > 0 && value === 1) break;
      powers.push(value);
      e = timesX(e, modulus, p);
    }
    if (powers.length === q - 1 && fromDigits(e, p) === 1) return powers;
  }
  throw new Error(`no primitive polynomial of degree ${k} over Z_${p}`);
}

function additionOf(p: number, k: number): (a: number, b: number) => number {
  const q = p ** k;
  if (k === 1) return (a, b) => (a + b) % p;
  if (p === 2) return (a, b) => a ^ b;
  const table = new Uint16Array(q * q);
  for (let a = 0; a < q; a++) {
    const da = digits(a, p, k);
    for (let b = 0; b < q; b++) {
      const db = digits(b, p, k);
      table[a * q + b] = fromDigits(
        da.map((c, i) => (c + (db[i] ?? 0)) % p),
        p,
      );
    }
  }
  return (a, b) => table[a * q + b] ?? 0;
}

/** Builds GF(q) for a prime power q ≤ MAX_FIELD_ORDER, or returns null otherwise. */
export function finiteField(q: number): FiniteField | null {
  const pk = primePowerOf(q);
  if (pk === null || q > MAX_FIELD_ORDER) return null;
  const { p, k } = pk;
  // Addition is digit-wise mod p (a XOR in characteristic 2, plain modular addition for a prime);
  // multiplication goes through discrete logs to the base x.
  const add = additionOf(p, k);
  const exp = primitivePowers(p, k);
  const log = new Int32Array(q).fill(-1);
  exp.forEach((value, i) => {
    log[value] = i;
  });
  const mul = (a: number, b: number): number => {
    if (a === 0 || b === 0) return 0;
    return exp[((log[a] ?? 0) + (log[b] ?? 0)) % (q - 1)] ?? 0;
  };
  return {
    order: q,
    characteristic: p,
    degree: k,
    add,
    mul,
    neg: (a) =>
      fromDigits(
        digits(a, p, k).map((c) => (p - c) % p),
        p,
      ),
    inv: (a) => {
      if (a === 0) throw new Error('0 has no inverse');
      return exp[(q - 1 - (log[a] ?? 0)) % (q - 1)] ?? 0;
    },
  };
}
