/**
 * The lower bound on repeated encounters, in closed form, for the console's "what is possible" line.
 *
 * With no table revisited, a mover's tables in any two rounds form an off-diagonal cell of a T×T
 * grid (T·(T−1) cells). Two movers in the same cell share a table in both rounds, so however the
 * plan is made, at least Σ C(n_c, 2) pairs meet twice, for N movers spread as evenly as possible
 * over the cells. When rounds outnumber tables, revisits are forced, the diagonal is allowed (T²
 * cells) and each mover meets some host a second time.
 */

/** What the numbers alone say about any plan for (people, tables, rounds). */
export type RotationBound = {
  /** No plan has fewer pairs meeting more than once (hosts included). */
  repeatedPairs: number;
  /** No plan has fewer table revisits: movers × (rounds − tables) when rounds exceed tables. */
  revisits: number;
  /** The fewest tables with which zero repeats and zero revisits are reachable by a known construction (null when that would need more tables than people). */
  tablesForZero: number | null;
};

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Σ C(n_c, 2) for `items` spread as evenly as possible over `cells`. */
export function evenSpreadPairs(items: number, cells: number): number {
  if (items <= 0) return 0;
  if (cells <= 0) return pairs(items);
  const base = Math.floor(items / cells);
  const rest = items - base * cells;
  return rest * pairs(base + 1) + (cells - rest) * pairs(base);
}

/**
 * Whether zero repeats and zero revisits are known to be reachable: R ≤ T and P ≤ T², except 6 tables
 * for 4 or more rounds with more than 30 people (that would need two orthogonal Latin squares of order 6).
 */
export function zeroReachable(people: number, tables: number, rounds: number): boolean {
  if (tables < 1) return false;
  if (rounds <= 1) return true;
  if (rounds > tables || people > tables * tables) return false;
  return !(tables === 6 && rounds >= 4 && people > 30);
}

/**
 * With "no pair meets more than `cap` times" (cap ≥ 2, rounds ≤ tables): each of the C(R, 2) pairs of
 * rounds still forces `perRoundPair` pairs to share both tables, and a pair meeting m ≤ cap times
 * covers only C(m, 2) pairs of rounds, so at least ⌈C(R, 2)·perRoundPair / C(cap, 2)⌉ pairs repeat.
 */
function cappedRepeats(perRoundPair: number, rounds: number, cap: number): number {
  if (cap < 2 || cap >= rounds) return perRoundPair;
  return Math.max(perRoundPair, Math.ceil((pairs(rounds) * perRoundPair) / pairs(cap)));
}

/** The bound for `people` (hosts included, one per table), `tables` and `rounds`; `maxMeetings`: the organiser's pair cap, if any. */
export function rotationBound(people: number, tables: number, rounds: number, maxMeetings: number = Infinity): RotationBound {
  const movers = Math.max(0, people - tables);
  let tablesForZero: number | null = null;
  for (let t = 1; t <= people; t++) {
    if (zeroReachable(people, t, rounds)) {
      tablesForZero = t;
      break;
    }
  }
  if (tables < 1 || rounds <= 1 || movers === 0) return { repeatedPairs: 0, revisits: 0, tablesForZero };
  if (rounds <= tables) {
    return { repeatedPairs: cappedRepeats(evenSpreadPairs(movers, tables * (tables - 1)), rounds, maxMeetings), revisits: 0, tablesForZero };
  }
  return {
    repeatedPairs: evenSpreadPairs(movers, tables * tables) + movers,
    revisits: movers * (rounds - tables),
    tablesForZero,
  };
}
