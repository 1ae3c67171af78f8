/**
 * Which mover takes which slot of a construction. A slot carries the construction's mixing (who
 * meets whom is a property of the slots, not of the people in them), so handing slots out is free
 * to serve two other goals: a re-plan stays on the construction it followed, and labels are spread.
 */

import type { Random } from '@/lib/domain/seeded-random';
import { spreadLabels, type Holders } from './label-spread';
import type { PlanningContext } from './planning-context';
import type { SeatingState } from './seating-state';

/** A first guess of each movable (round, person)'s table, −1 for none. */
export type Proposal = (k: number, p: number) => number;

/**
 * Movers in the order construction slots are handed out. A construction's slots come in rows of T
 * that never share a table, so a label that fills whole rows is at its fair share everywhere: each
 * label's whole rows go first, then the rest of each label, largest rest first (so that as few rests
 * as possible straddle two rows), then the people without a label.
 */
function byLabelGroups(ctx: PlanningContext, people: readonly number[]): { whole: number[]; rest: number[] } {
  const { label, tables: T } = { label: ctx.shape.label, tables: Math.max(1, ctx.shape.tables) };
  const groups = new Map<number, number[]>();
  for (const p of people) {
    const l = label[p] ?? -1;
    const group = groups.get(l) ?? [];
    group.push(p);
    groups.set(l, group);
  }
  const labelled = [...groups.entries()].filter(([l]) => l >= 0).sort(([la, a], [lb, b]) => b.length - a.length || la - lb);
  const whole = labelled.flatMap(([, group]) => group.slice(0, group.length - (group.length % T)));
  const rests = labelled
    .map(([l, group]) => ({ l, rest: group.slice(group.length - (group.length % T)) }))
    .sort((a, b) => b.rest.length - a.rest.length || a.l - b.l)
    .flatMap(({ rest }) => rest);
  return { whole, rest: [...rests, ...(groups.get(-1) ?? [])] };
}

/**
 * Someone already seated gets a slot that was at their table in their latest fixed round (and at as
 * many of their other fixed tables as possible), so a plan that followed the construction keeps
 * following it. Returns the movers left without a slot (the fresh ones).
 */
function alignSeated(ctx: PlanningContext, schedules: readonly Int32Array[], holders: Holders): number[] {
  const { shape, fixed, movers, planned } = ctx;
  const { persons: P, tables: T, rounds: K } = shape;
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
      if ((holders.holder[s] ?? -1) >= 0) continue;
      let matches = 0;
      for (let k = 0; k < K; k++) if (fixed[k * P + p] === schedules[s]?.[k]) matches++;
      if (matches > bestMatches) {
        bestMatches = matches;
        best = s;
      }
    }
    if (best >= 0) {
      holders.holder[best] = p;
      holders.slotOf[p] = best;
    } else fresh.push(p);
  }
  return fresh;
}

/** Fills the free slots in order with the fresh movers, label group by label group; returns the order's two parts. */
function handOutByLabelGroups(ctx: PlanningContext, fresh: readonly number[], holders: Holders): { whole: number[]; rest: number[] } {
  const order = byLabelGroups(ctx, fresh);
  let next = 0;
  for (const p of [...order.whole, ...order.rest]) {
    while (next < holders.holder.length && (holders.holder[next] ?? -1) >= 0) next++;
    if (next >= holders.holder.length) break;
    holders.holder[next] = p;
    holders.slotOf[p] = next;
  }
  return order;
}

/**
 * Hands construction slots to movers: those already seated stay on the construction they followed,
 * the fresh ones fill the free slots by label group, then swap slots until every label is within its
 * fair share at every table (as far as the slots allow).
 */
export function slotProposal(ctx: PlanningContext, schedules: Int32Array[], random: Random): Proposal {
  const holders: Holders = { slotOf: new Int32Array(ctx.shape.persons).fill(-1), holder: new Int32Array(schedules.length).fill(-1) };
  const fresh = alignSeated(ctx, schedules, holders);
  const { rest } = handOutByLabelGroups(ctx, fresh, holders);
  const seated = (p: number): boolean => (holders.slotOf[p] ?? -1) >= 0;
  const background = (k: number, p: number): number => ctx.fixed[k * ctx.shape.persons + p] ?? -1;
  // Whole rows of a label are at its fair share by themselves: first only the rests move (a far
  // smaller problem: no two of a label's rest may share a table), then everyone if that fell short.
  if (spreadLabels(ctx, schedules, rest.filter(seated), holders, random, background) > 0) {
    spreadLabels(ctx, schedules, fresh.filter(seated), holders, random, background);
  }
  return (k, p) => {
    const s = holders.slotOf[p] ?? -1;
    return s >= 0 ? (schedules[s]?.[k] ?? -1) : -1;
  };
}

/**
 * Movers whose whole schedule is the plan's to choose: no seat fixed in any round (seated, pinned)
 * and named in no constraint. Swapping two of them swaps whole schedules, which changes no meeting
 * count, no revisit and no table size: only where labels sit.
 */
function freeMovers(ctx: PlanningContext): number[] {
  const { persons: P, rounds: K } = ctx.shape;
  const named = new Uint8Array(P);
  for (const c of ctx.shape.constraints) {
    named[c.a] = 1;
    if (c.kind !== 'stay') named[c.b] = 1;
  }
  return ctx.movers.filter((p) => {
    if (named[p]) return false;
    for (let k = 0; k < K; k++) if ((ctx.fixed[k * P + p] ?? -1) >= 0) return false;
    return true;
  });
}

/**
 * Spreads labels over a finished plan by handing its free movers' schedules out again (the same
 * search as for a construction's slots): mixing, revisits and sizes are untouched.
 */
export function polishLabels(ctx: PlanningContext, state: SeatingState, random: Random): void {
  if (ctx.shape.labels === 0 || state.labelExcess === 0) return;
  const free = freeMovers(ctx);
  const { persons: P, rounds: K } = ctx.shape;
  const schedules = free.map((p) => Int32Array.from({ length: K }, (_, k) => state.tableOf(k, p)));
  const holders: Holders = { slotOf: new Int32Array(P).fill(-1), holder: Int32Array.from(free) };
  free.forEach((p, s) => {
    holders.slotOf[p] = s;
  });
  const isFree = new Uint8Array(P);
  for (const p of free) isFree[p] = 1;
  spreadLabels(ctx, schedules, free, holders, random, (k, p) => (isFree[p] ? -1 : state.tableOf(k, p)));
  const seats = state.seat.slice();
  free.forEach((p) => {
    const schedule = schedules[holders.slotOf[p] ?? -1];
    if (schedule) for (const k of ctx.planned) seats[k * P + p] = schedule[k] ?? -1;
  });
  const before = state.cost();
  const previous = state.seat.slice();
  state.reseat(seats, ctx.limits.movable);
  // Never worse: a schedule swap only moves labels, but a guard costs nothing.
  if (state.cost() > before) state.reseat(previous, ctx.limits.movable);
}
