/**
 * The planner's working state, in integer indices: who sits where in every round of the horizon,
 * with the figures kept up to date on every single move so a search can try thousands of moves.
 * Persons 0..P−1 (movers, hosts, people who left), tables 0..T−1, rounds 0..K−1 (horizon order).
 */

/** Lexicographic weights: a constraint beats a revisit, which beats a pair over the cap, then a repeated pair, then a label. */
export const COST_WEIGHTS = {
  constraint: 1e9,
  revisit: 1e6,
  overCap: 2e4,
  repeatedPair: 1e3,
  labelExcess: 10,
  extraMeeting: 1,
} as const;

/** What one pair costs when it meets n times (no pair cap: cap = Infinity). */
function pairCost(n: number, cap: number): number {
  const w = COST_WEIGHTS;
  return (n >= 2 ? w.repeatedPair + (n - 1) * w.extraMeeting : 0) + (n > cap ? (n - cap) * w.overCap : 0);
}

/** A constraint in indices; `rounds[k]` is 1 when it applies in horizon round k. */
export type IndexedConstraint = {
  kind: 'apart' | 'together' | 'stay';
  a: number;
  /** The second person, or the table for `stay`. */
  b: number;
  rounds: Uint8Array;
};

/** The fixed facts of a state. */
export type StateShape = {
  persons: number;
  tables: number;
  rounds: number;
  /** Per person: 1 for a host (never moves, never "revisits"). */
  isHost: Uint8Array;
  /** Per person: label index or −1. */
  label: Int32Array;
  labels: number;
  /** Per (round, label): the fair share, ceil(label's people present that round / tables). */
  fair: Int32Array;
  constraints: readonly IndexedConstraint[];
  /** No pair should meet more often than this (Infinity: no cap). */
  maxMeetings: number;
  /** Per (person, table): 1 when a `stay` constraint makes a return there expected. */
  revisitExempt: Uint8Array;
};

export class SeatingState {
  readonly shape: StateShape;
  readonly P: number;
  readonly T: number;
  readonly K: number;
  /** (round, person) → table or −1. */
  readonly seat: Int32Array;
  /** (round, table) → occupants. */
  readonly occupants: number[][];
  private readonly meet: Uint8Array;
  private readonly visits: Uint8Array;
  private readonly labelCount: Int32Array;
  private readonly constraintsOf: number[][];
  repeatedPairs = 0;
  extraMeetings = 0;
  overCap = 0;
  revisits = 0;
  labelExcess = 0;
  violations = 0;

  constructor(shape: StateShape) {
    this.shape = shape;
    this.P = shape.persons;
    this.T = shape.tables;
    this.K = shape.rounds;
    this.seat = new Int32Array(this.K * this.P).fill(-1);
    this.occupants = Array.from({ length: this.K * this.T }, () => []);
    this.meet = new Uint8Array(this.P * this.P);
    this.visits = new Uint8Array(this.P * this.T);
    this.labelCount = new Int32Array(this.K * this.T * Math.max(1, shape.labels));
    this.constraintsOf = Array.from({ length: this.P }, () => []);
    shape.constraints.forEach((c, i) => {
      this.constraintsOf[c.a]?.push(i);
      if (c.kind !== 'stay' && c.b !== c.a) this.constraintsOf[c.b]?.push(i);
    });
  }

  /** The weighted cost the search minimises. */
  cost(): number {
    const w = COST_WEIGHTS;
    return (
      this.violations * w.constraint +
      this.revisits * w.revisit +
      this.overCap * w.overCap +
      this.repeatedPairs * w.repeatedPair +
      this.labelExcess * w.labelExcess +
      this.extraMeetings * w.extraMeeting
    );
  }

  tableOf(k: number, p: number): number {
    return this.seat[k * this.P + p] ?? -1;
  }

  size(k: number, t: number): number {
    return this.occupants[k * this.T + t]?.length ?? 0;
  }

  meetings(a: number, b: number): number {
    return this.meet[a < b ? a * this.P + b : b * this.P + a] ?? 0;
  }

  /** Seats p at table t in round k (p must be unseated there). */
  place(k: number, p: number, t: number): void {
    const before = this.violatedAround(k, p);
    const list = this.occupants[k * this.T + t] as number[];
    for (const o of list) this.changeMeeting(p, o, 1);
    list.push(p);
    this.seat[k * this.P + p] = t;
    this.changeVisit(p, t, 1);
    this.changeLabel(k, t, p, 1);
    this.violations += this.violatedAround(k, p) - before;
  }

  /** Takes p out of round k. */
  unplace(k: number, p: number): void {
    const t = this.tableOf(k, p);
    if (t < 0) return;
    const before = this.violatedAround(k, p);
    const list = this.occupants[k * this.T + t] as number[];
    const at = list.indexOf(p);
    list[at] = list[list.length - 1] as number;
    list.pop();
    for (const o of list) this.changeMeeting(p, o, -1);
    this.seat[k * this.P + p] = -1;
    this.changeVisit(p, t, -1);
    this.changeLabel(k, t, p, -1);
    this.violations += this.violatedAround(k, p) - before;
  }

  /** Moves p to table t in round k. */
  move(k: number, p: number, t: number): void {
    if (this.tableOf(k, p) === t) return;
    this.unplace(k, p);
    this.place(k, p, t);
  }

  /** Seats everyone movable as in `seats` ((round, person) → table, as in `seat`). */
  reseat(seats: Int32Array, movable: Uint8Array): void {
    // Take everyone out first, so nobody is moved into a table that is still full of the old plan.
    const changed: number[] = [];
    for (let e = 0; e < seats.length; e++) {
      if (movable[e] && this.seat[e] !== seats[e]) changed.push(e);
    }
    for (const e of changed) {
      const k = Math.floor(e / this.P);
      this.unplace(k, e - k * this.P);
    }
    for (const e of changed) {
      const k = Math.floor(e / this.P);
      const t = seats[e] ?? -1;
      if (t >= 0) this.place(k, e - k * this.P, t);
    }
  }

  /** Whether p, in round k, takes part in anything the cost counts. */
  isConflicted(k: number, p: number): boolean {
    const t = this.tableOf(k, p);
    if (t < 0) return false;
    if (!this.shape.isHost[p] && !this.shape.revisitExempt[p * this.T + t] && (this.visits[p * this.T + t] ?? 0) > 1) return true;
    const l = this.shape.label[p] ?? -1;
    if (l >= 0 && (this.labelCount[(k * this.T + t) * this.shape.labels + l] ?? 0) > (this.shape.fair[k * this.shape.labels + l] ?? 0)) return true;
    for (const ci of this.constraintsOf[p] ?? []) if (this.violated(ci, k)) return true;
    for (const o of this.occupants[k * this.T + t] ?? []) if (o !== p && this.meetings(p, o) > 1) return true;
    return false;
  }

  /** The cost change if p moved to table `to` in round k (nothing is changed). */
  moveDelta(k: number, p: number, to: number): number {
    const from = this.tableOf(k, p);
    if (from === to) return 0;
    let d = 0;
    for (const o of this.occupants[k * this.T + from] ?? []) if (o !== p) d += this.pairStep(this.meetings(p, o), -1);
    for (const o of this.occupants[k * this.T + to] ?? []) d += this.pairStep(this.meetings(p, o), 1);
    d += this.visitStep(p, from, to);
    const l = this.shape.label[p] ?? -1;
    if (l >= 0) d += this.labelStep(k, from, l, -1) + this.labelStep(k, to, l, 1);
    for (const ci of this.constraintsOf[p] ?? []) {
      d += COST_WEIGHTS.constraint * (Number(this.violatedWith(ci, k, p, to, -1, -1)) - Number(this.violated(ci, k)));
    }
    return d;
  }

  /** The cost change if p and q (at different tables) swapped tables in round k (nothing is changed). */
  swapDelta(k: number, p: number, q: number): number {
    const x = this.tableOf(k, p);
    const y = this.tableOf(k, q);
    if (x === y) return 0;
    let d = 0;
    for (const o of this.occupants[k * this.T + x] ?? []) {
      if (o === p) continue;
      d += this.pairStep(this.meetings(p, o), -1) + this.pairStep(this.meetings(q, o), 1);
    }
    for (const o of this.occupants[k * this.T + y] ?? []) {
      if (o === q) continue;
      d += this.pairStep(this.meetings(q, o), -1) + this.pairStep(this.meetings(p, o), 1);
    }
    d += this.visitStep(p, x, y) + this.visitStep(q, y, x);
    const lp = this.shape.label[p] ?? -1;
    const lq = this.shape.label[q] ?? -1;
    if (lp !== lq) {
      if (lp >= 0) d += this.labelStep(k, x, lp, -1) + this.labelStep(k, y, lp, 1);
      if (lq >= 0) d += this.labelStep(k, y, lq, -1) + this.labelStep(k, x, lq, 1);
    }
    const seen = this.constraintsOf[q] ?? [];
    for (const ci of this.constraintsOf[p] ?? []) {
      d += COST_WEIGHTS.constraint * (Number(this.violatedWith(ci, k, p, y, q, x)) - Number(this.violated(ci, k)));
    }
    for (const ci of seen) {
      if ((this.constraintsOf[p] ?? []).includes(ci)) continue;
      d += COST_WEIGHTS.constraint * (Number(this.violatedWith(ci, k, p, y, q, x)) - Number(this.violated(ci, k)));
    }
    return d;
  }

  /** The cost change of one pair's meeting count going from m by `delta`. */
  private pairStep(m: number, delta: 1 | -1): number {
    const cap = this.shape.maxMeetings;
    return pairCost(m + delta, cap) - pairCost(m, cap);
  }

  /** The revisit cost change of p leaving table `from` for table `to`. */
  private visitStep(p: number, from: number, to: number): number {
    if (this.shape.isHost[p]) return 0;
    let d = 0;
    if (!this.shape.revisitExempt[p * this.T + from] && (this.visits[p * this.T + from] ?? 0) >= 2) d -= COST_WEIGHTS.revisit;
    if (!this.shape.revisitExempt[p * this.T + to] && (this.visits[p * this.T + to] ?? 0) >= 1) d += COST_WEIGHTS.revisit;
    return d;
  }

  private labelStep(k: number, t: number, l: number, delta: 1 | -1): number {
    const L = this.shape.labels;
    const c = this.labelCount[(k * this.T + t) * L + l] ?? 0;
    const fair = this.shape.fair[k * L + l] ?? 0;
    return COST_WEIGHTS.labelExcess * (Math.max(0, c + delta - fair) - Math.max(0, c - fair));
  }

  /** `violated` with p1 at t1 and p2 at t2 (p2 = −1: no second override). */
  private violatedWith(ci: number, k: number, p1: number, t1: number, p2: number, t2: number): boolean {
    const c = this.shape.constraints[ci];
    if (!c || !c.rounds[k]) return false;
    // No closure here: this runs in the search's inner loop.
    const ta = c.a === p1 ? t1 : c.a === p2 ? t2 : this.tableOf(k, c.a);
    if (ta < 0) return false;
    if (c.kind === 'stay') return ta !== c.b;
    const tb = c.b === p1 ? t1 : c.b === p2 ? t2 : this.tableOf(k, c.b);
    if (tb < 0) return false;
    return c.kind === 'apart' ? ta === tb : ta !== tb;
  }

  /** Whether p, in round k, is over their label's fair share or in a constraint that fails. */
  isConflictedBeyondMixing(k: number, p: number): boolean {
    const t = this.tableOf(k, p);
    if (t < 0) return false;
    const l = this.shape.label[p] ?? -1;
    if (l >= 0 && (this.labelCount[(k * this.T + t) * this.shape.labels + l] ?? 0) > (this.shape.fair[k * this.shape.labels + l] ?? 0)) return true;
    for (const ci of this.constraintsOf[p] ?? []) if (this.violated(ci, k)) return true;
    return false;
  }

  private changeMeeting(a: number, b: number, delta: 1 | -1): void {
    const i = a < b ? a * this.P + b : b * this.P + a;
    const cap = this.shape.maxMeetings;
    if (delta === 1) {
      const m = (this.meet[i] ?? 0) + 1;
      this.meet[i] = m;
      if (m === 2) this.repeatedPairs++;
      if (m >= 2) this.extraMeetings++;
      if (m > cap) this.overCap++;
    } else {
      const m = this.meet[i] ?? 0;
      this.meet[i] = m - 1;
      if (m === 2) this.repeatedPairs--;
      if (m >= 2) this.extraMeetings--;
      if (m > cap) this.overCap--;
    }
  }

  private changeVisit(p: number, t: number, delta: 1 | -1): void {
    const i = p * this.T + t;
    const before = this.visits[i] ?? 0;
    this.visits[i] = before + delta;
    if (this.shape.isHost[p] || this.shape.revisitExempt[i]) return;
    if (delta === 1 && before >= 1) this.revisits++;
    if (delta === -1 && before >= 2) this.revisits--;
  }

  private changeLabel(k: number, t: number, p: number, delta: 1 | -1): void {
    const L = this.shape.labels;
    const l = this.shape.label[p] ?? -1;
    if (l < 0) return;
    const i = (k * this.T + t) * L + l;
    const before = this.labelCount[i] ?? 0;
    const after = before + delta;
    this.labelCount[i] = after;
    const fair = this.shape.fair[k * L + l] ?? 0;
    this.labelExcess += Math.max(0, after - fair) - Math.max(0, before - fair);
  }

  private violatedAround(k: number, p: number): number {
    let n = 0;
    for (const ci of this.constraintsOf[p] ?? []) if (this.violated(ci, k)) n++;
    return n;
  }

  /** Whether constraint ci fails in round k (vacuously false when someone it names is absent). */
  violated(ci: number, k: number): boolean {
    const c = this.shape.constraints[ci];
    if (!c || !c.rounds[k]) return false;
    const ta = this.tableOf(k, c.a);
    if (ta < 0) return false;
    if (c.kind === 'stay') return ta !== c.b;
    const tb = this.tableOf(k, c.b);
    if (tb < 0) return false;
    return c.kind === 'apart' ? ta === tb : ta !== tb;
  }
}
