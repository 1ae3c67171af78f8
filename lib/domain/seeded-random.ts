/**
 * A small seeded pseudo-random generator (mulberry32): the pure core's only source of chance,
 * so a plan or a speaking order is the same for the same seed on every machine.
 */

/** A function returning the next number in [0, 1) of a seeded sequence. */
export type Random = () => number;

/** mulberry32: 32-bit state, good enough for shuffles and tie-breaks, and tiny. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** A shuffled copy (Fisher–Yates) drawing n − 1 numbers from `random`; the input is left alone. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
