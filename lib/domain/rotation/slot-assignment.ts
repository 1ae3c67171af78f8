/**
 * Which mover takes which slot of a construction. Slots carry the construction's mixing; handing
 * them out well keeps a re-plan on the construction it followed and spreads labels.
 */

import type { PlanningContext } from './planning-context';

/** A first guess of each movable (round, person)'s table, −1 for none. */
export type Proposal = (k: number, p: number) => number;

/** Movers in the order construction slots are handed out: label groups together, largest group first. */
function byLabelGroups(ctx: PlanningContext, people: readonly number[]): number[] {
  const { label } = ctx.shape;
  const groupSize = new Map<number, number>();
  for (const p of people) groupSize.set(label[p] ?? -1, (groupSize.get(label[p] ?? -1) ?? 0) + 1);
  const rank = (p: number): number => {
    const l = label[p] ?? -1;
    return l < 0 ? -1 : (groupSize.get(l) ?? 0);
  };
  return [...people].sort((a, b) => rank(b) - rank(a) || (label[a] ?? -1) - (label[b] ?? -1) || a - b);
}

/**
 * Hands construction slots to movers: someone already seated gets a slot that was at their table in
 * their latest fixed round (and at as many of their other fixed tables as possible), so a plan that
 * followed the construction keeps following it; everyone else fills the free slots by label group.
 */
export function slotProposal(ctx: PlanningContext, schedules: Int32Array[]): Proposal {
  const { shape, fixed, movers, planned } = ctx;
  const { persons: P, tables: T, rounds: K } = shape;
  const taken = new Uint8Array(schedules.length);
  const slotOf = new Int32Array(P).fill(-1);
  const buckets = new Map<number, number[]>();
  const bucket = (k: number, t: number): number[] => {
    const key = k * T + t;
    let list = buckets.get(key);
    if (!list) {
      list = [];
      schedules.forEach((s, i) => {
        if (s[k] === t) list?.push(i);
      });
      buckets.set(key, list);
    }
    return list;
  };
  const fresh: number[] = [];
  for (const p of movers) {
    let latest = -1;
    for (let k = 0; k < K; k++) if ((fixed[k * P + p] ?? -1) >= 0 && !planned.includes(k)) latest = k;
    if (latest < 0) {
      fresh.push(p);
      continue;
    }
    let best = -1;
    let bestMatches = -1;
    for (const s of bucket(latest, fixed[latest * P + p] ?? -1)) {
      if (taken[s]) continue;
      let matches = 0;
      for (let k = 0; k < K; k++) if (fixed[k * P + p] === schedules[s]?.[k]) matches++;
      if (matches > bestMatches) {
        bestMatches = matches;
        best = s;
      }
    }
    if (best >= 0) {
      taken[best] = 1;
      slotOf[p] = best;
    } else fresh.push(p);
  }
  let next = 0;
  for (const p of byLabelGroups(ctx, fresh)) {
    while (next < schedules.length && taken[next]) next++;
    if (next >= schedules.length) break;
    taken[next] = 1;
    slotOf[p] = next;
  }
  return (k, p) => {
    const s = slotOf[p] ?? -1;
    return s >= 0 ? (schedules[s]?.[k] ?? -1) : -1;
  };
}
