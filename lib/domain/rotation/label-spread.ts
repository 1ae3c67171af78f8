/**
 * Spreading labels over given schedules: which person holds which schedule ("slot") changes where
 * labels sit, never who meets whom, so the search here only moves people between slots until no
 * table holds more of a label than its fair share.
 */

import { randomInt, type Random } from '@/lib/domain/seeded-random';
import type { PlanningContext } from './planning-context';

/** Who holds which slot: per person the slot or −1, per slot the person or −1. */
export type Holders = { slotOf: Int32Array; holder: Int32Array };

/**
 * Label counts per (round, table, label) over the planned rounds, with the running excess over the
 * fair shares. Everyone who holds no slot counts where `background` seats them (−1: nowhere); slot
 * holders count where their slot seats them.
 */
class LabelTally {
  private readonly count: Int32Array;
  excess = 0;

  constructor(
    private readonly ctx: PlanningContext,
    private readonly schedules: readonly Int32Array[],
    background: (k: number, p: number) => number,
  ) {
    const { persons: P, tables: T, rounds: K, labels: L } = ctx.shape;
    this.count = new Int32Array(K * T * Math.max(1, L));
    for (const k of ctx.planned) {
      for (let p = 0; p < P; p++) {
        const t = background(k, p);
        if (t >= 0) this.add(k, t, ctx.shape.label[p] ?? -1, 1);
      }
    }
  }

  /** Counts (or uncounts) person p as the holder of slot s. */
  hold(p: number, s: number, delta: 1 | -1): void {
    const { persons: P } = this.ctx.shape;
    const l = this.ctx.shape.label[p] ?? -1;
    const schedule = this.schedules[s];
    if (l < 0 || !schedule) return;
    for (const k of this.ctx.planned) {
      const t = schedule[k] ?? -1;
      if (t >= 0 && this.ctx.limits.movable[k * P + p]) this.add(k, t, l, delta);
    }
  }

  /** Whether p, holding slot s, sits beyond their label's fair share in some planned round. */
  over(p: number, s: number): boolean {
    const { persons: P, tables: T, labels: L } = this.ctx.shape;
    const l = this.ctx.shape.label[p] ?? -1;
    const schedule = this.schedules[s];
    if (l < 0 || !schedule) return false;
    return this.ctx.planned.some((k) => {
      const t = schedule[k] ?? -1;
      return t >= 0 && this.ctx.limits.movable[k * P + p] === 1 && (this.count[(k * T + t) * L + l] ?? 0) > (this.ctx.shape.fair[k * L + l] ?? 0);
    });
  }

  private add(k: number, t: number, l: number, delta: 1 | -1): void {
    if (l < 0) return;
    const { tables: T, labels: L } = this.ctx.shape;
    const i = (k * T + t) * L + l;
    const before = this.count[i] ?? 0;
    const fair = this.ctx.shape.fair[k * L + l] ?? 0;
    this.count[i] = before + delta;
    this.excess += Math.max(0, before + delta - fair) - Math.max(0, before - fair);
  }
}

/** Slot swaps tried per step at most (every free slot in a small room). */
const SWAPS_PER_STEP = 96;

/**
 * Moves fresh movers between the slots not held by someone already seated, until no table holds
 * more of a label than its fair share (or the step budget is spent): a min-conflicts descent that
 * takes the best swap for someone over their share, sideways moves included, with a short tabu.
 * Leaves the best hand-out seen and returns its excess (people beyond their share, summed).
 */
export function spreadLabels(
  ctx: PlanningContext,
  schedules: readonly Int32Array[],
  fresh: readonly number[],
  holders: Holders,
  random: Random,
  background: (k: number, p: number) => number,
): number {
  if (ctx.shape.labels === 0 || fresh.length === 0) return 0;
  const tally = new LabelTally(ctx, schedules, background);
  for (const p of ctx.movers) {
    const s = holders.slotOf[p] ?? -1;
    if (s >= 0) tally.hold(p, s, 1);
  }
  const isFresh = new Uint8Array(ctx.shape.persons);
  for (const p of fresh) isFresh[p] = 1;
  // Slots a fresh mover may take: free ones and those of other fresh movers.
  const open: number[] = [];
  holders.holder.forEach((p, s) => {
    if (p < 0 || isFresh[p]) open.push(s);
  });
  const label = ctx.shape.label;
  const tabuUntil = new Int32Array(ctx.shape.persons);
  const maxSteps = 200 + 20 * fresh.length;
  const swap = (p: number, q: number, s: number, t: number): void => {
    tally.hold(p, s, -1);
    if (q >= 0) tally.hold(q, t, -1);
    holders.slotOf[p] = t;
    holders.holder[t] = p;
    holders.holder[s] = q;
    if (q >= 0) holders.slotOf[q] = s;
    tally.hold(p, t, 1);
    if (q >= 0) tally.hold(q, s, 1);
  };
  let best = { excess: tally.excess, slotOf: holders.slotOf.slice(), holder: holders.holder.slice() };
  for (let step = 0; step < maxSteps && tally.excess > 0; step++) {
    const conflicted = fresh.filter((p) => tally.over(p, holders.slotOf[p] ?? -1));
    const p = conflicted[randomInt(random, conflicted.length)];
    if (p === undefined) break;
    const s = holders.slotOf[p] ?? -1;
    let bestSlot = -1;
    let bestExcess = Infinity;
    let ties = 0;
    const tries = Math.min(open.length, SWAPS_PER_STEP);
    const offset = randomInt(random, open.length);
    for (let n = 0; n < tries; n++) {
      const t = open[tries === open.length ? n : (offset + n) % open.length] ?? -1;
      const q = holders.holder[t] ?? -1;
      if (t === s || (q >= 0 && (label[q] === label[p] || (tabuUntil[q] ?? 0) > step))) continue;
      swap(p, q, s, t);
      const excess = tally.excess;
      swap(p, q, t, s);
      if (excess < bestExcess) {
        bestExcess = excess;
        bestSlot = t;
        ties = 1;
      } else if (excess === bestExcess && randomInt(random, ++ties) === 0) bestSlot = t;
    }
    if (bestSlot < 0) continue;
    const q = holders.holder[bestSlot] ?? -1;
    swap(p, q, s, bestSlot);
    tabuUntil[p] = step + 3 + randomInt(random, 4);
    if (q >= 0) tabuUntil[q] = step + 3 + randomInt(random, 4);
    if (tally.excess < best.excess) best = { excess: tally.excess, slotOf: holders.slotOf.slice(), holder: holders.holder.slice() };
  }
  holders.slotOf.set(best.slotOf);
  holders.holder.set(best.holder);
  return best.excess;
}
