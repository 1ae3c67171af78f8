/**
 * Who may still join a session: its doors and its capacity. The join code is on the projector, so
 * anyone in the room (or who saw a photo of it) can join; the capacity bounds how many people a
 * prankster can add, and the doors let the organiser stop new joins or let people in one by one.
 */

/** `open`: everyone with the code joins; `approval`: they wait until the organiser lets them in; `closed`: nobody more. */
export const DOORS = ['open', 'approval', 'closed'] as const;
export type Doors = (typeof DOORS)[number];

/** People per table assumed when the session sets no maximum (world café tables seat 4–8). */
export const SEATS_PER_TABLE_WITHOUT_MAX = 10;
/** The margin above the head count: a quarter of it (latecomers, a miscount), and at least this many places. */
export const CAPACITY_MARGIN_SHARE = 0.25;
export const CAPACITY_MARGIN_MIN = 10;
/** The largest expected head count the organiser may set (the app is measured with 2,000 phones). */
export const EXPECTED_PEOPLE_MAX = 5_000;
/** People who may wait for the organiser's approval at once. */
export const WAITING_MAX = 200;
/** From this share of the capacity the console warns that the room is filling up. */
export const FILLING_FROM = 0.8;

export type CapacityBasis = { tables: number; maxPerTable: number | null; expectedPeople: number | null };

/** The session's capacity and where it comes from: the expected head count, or the tables' seats; plus the margin. */
export type Capacity = { capacity: number; from: 'expected' | 'tables'; people: number; margin: number };

export function marginFor(people: number): number {
  return Math.max(CAPACITY_MARGIN_MIN, Math.ceil(people * CAPACITY_MARGIN_SHARE));
}

/** The most participants (hosts included) the session takes. */
export function capacityOf({ tables, maxPerTable, expectedPeople }: CapacityBasis): Capacity {
  const from = expectedPeople !== null ? 'expected' : 'tables';
  const people = expectedPeople ?? tables * (maxPerTable ?? SEATS_PER_TABLE_WITHOUT_MAX);
  const margin = marginFor(people);
  return { capacity: people + margin, from, people, margin };
}

export type FillLevel = 'room' | 'filling' | 'full';

/** How full the room is, for the console's warning. */
export function fillLevel(participants: number, capacity: number): FillLevel {
  if (participants >= capacity) return 'full';
  return participants >= capacity * FILLING_FROM ? 'filling' : 'room';
}

export type JoinRefusal = 'session-closed' | 'doors-closed' | 'session-full' | 'too-many';

export type JoinDecision = { kind: 'join' } | { kind: 'wait' } | { kind: 'refuse'; code: JoinRefusal };

export type JoinSituation = {
  sessionClosed: boolean;
  doors: Doors;
  /** Participants now (hosts included). */
  participants: number;
  /** People waiting for approval now. */
  waiting: number;
  capacity: number;
};

/**
 * What happens to a new join: people already waiting count against the capacity too, so the
 * organiser is never asked to let in more people than the room takes.
 */
export function decideJoin({ sessionClosed, doors, participants, waiting, capacity }: JoinSituation): JoinDecision {
  if (sessionClosed) return { kind: 'refuse', code: 'session-closed' };
  if (doors === 'closed') return { kind: 'refuse', code: 'doors-closed' };
  if (participants + (doors === 'approval' ? waiting : 0) >= capacity) return { kind: 'refuse', code: 'session-full' };
  if (doors === 'open') return { kind: 'join' };
  if (waiting >= WAITING_MAX) return { kind: 'refuse', code: 'too-many' };
  return { kind: 'wait' };
}

/** Whether the organiser may let `approving` more people in. */
export function canApprove(participants: number, approving: number, capacity: number): boolean {
  return participants + approving <= capacity;
}

/** The people who joined within `windowMs` before `now` (the console's "joined in the last minute"). */
export function joinedWithin<P extends { joinedAt: number }>(people: readonly P[], now: number, windowMs: number): P[] {
  return people.filter((p) => p.joinedAt > now - windowMs && p.joinedAt <= now);
}
