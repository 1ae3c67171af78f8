import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from './seeded-random';
import {
  addSpeaker,
  advance,
  currentSpeaker,
  nextSpeaker,
  removeSpeaker,
  skip,
  speakingSlotMs,
  startQueue,
  turnOf,
  type SpeakingQueue,
  type Turn,
} from './speaking-order';

const SEC_MS = 1_000;
const MIN_MS = 60_000;
const SLOT_MS = 100 * SEC_MS;
/** When the queue in a table was last (re)started; the operations happen at other times. */
const EARLIER = 5_000;
const NOW = 9_000;

/** floor(r · (i + 1)) = i for every i: Fisher–Yates swaps nothing. */
const KEEP_ORDER = () => 0.999_999;

// ---------------------------------------------------------------- a queue written as one line per turn

/** 'A' waits, 'A speaking', 'A done', 'A skipped' waits after a skip, 'A speaking skipped'. */
type TurnText = string;

const turnOfText = (text: TurnText): Turn => {
  const [participantId = '', ...flags] = text.split(' ');
  const status = flags.includes('speaking') ? 'speaking' : flags.includes('done') ? 'done' : 'waiting';
  return { participantId, status, skipped: flags.includes('skipped') };
};
const textOfTurn = (t: Turn): TurnText =>
  [t.participantId, t.status === 'waiting' ? null : t.status, t.skipped ? 'skipped' : null].filter((s) => s !== null).join(' ');

const queue = (startedAt: number | null, ...turns: TurnText[]): SpeakingQueue => ({
  turns: turns.map(turnOfText),
  slotMs: SLOT_MS,
  startedAt,
});
const asText = (q: SpeakingQueue) => ({ turns: q.turns.map(textOfTurn), slotMs: q.slotMs, startedAt: q.startedAt });

// ---------------------------------------------------------------- speakingSlotMs

describe('speakingSlotMs: the sharing split in whole seconds, or the fixed slot', () => {
  it.each<[string, number, number, number | null, number]>([
    ['10 min / 6 → 100 s', 10 * MIN_MS, 6, null, 100 * SEC_MS],
    ['10 min / 7 → 85.7 s rounded down to 85 s', 10 * MIN_MS, 7, null, 85 * SEC_MS],
    ['10 min / 3 → 200 s', 10 * MIN_MS, 3, null, 200 * SEC_MS],
    ['10 min / 1 → the whole sharing', 10 * MIN_MS, 1, null, 10 * MIN_MS],
    ['7 min / 4 → 105 s', 7 * MIN_MS, 4, null, 105 * SEC_MS],
    ['5 min / 7 → 42.86 s rounded down to 42 s', 5 * MIN_MS, 7, null, 42 * SEC_MS],
    ['10.5 s / 2 → 5.25 s rounded down to 5 s', 10_500, 2, null, 5 * SEC_MS],
    ['less than a second each → 0', 5 * SEC_MS, 6, null, 0],
    ['0 speakers → the whole sharing', 10 * MIN_MS, 0, null, 10 * MIN_MS],
    ['a negative count → the whole sharing', 10 * MIN_MS, -1, null, 10 * MIN_MS],
    ['fixed 90 s slot, 6 speakers', 10 * MIN_MS, 6, 90 * SEC_MS, 90 * SEC_MS],
    ['fixed 90 s slot, 20 speakers (overruns the sharing)', 10 * MIN_MS, 20, 90 * SEC_MS, 90 * SEC_MS],
    ['fixed 90 s slot, 0 speakers', 10 * MIN_MS, 0, 90 * SEC_MS, 90 * SEC_MS],
    ['fixed slot is taken as given, not rounded', 10 * MIN_MS, 6, 90_500, 90_500],
  ])('%s', (_name, sharingMs, speakers, fixedSlotMs, expected) => {
    expect(speakingSlotMs(sharingMs, speakers, fixedSlotMs)).toBe(expected);
  });

  it('the fixed slot defaults to none', () => {
    expect(speakingSlotMs(10 * MIN_MS, 7)).toBe(85 * SEC_MS);
  });
});

// ---------------------------------------------------------------- a whole tour de table

type Step = {
  name: string;
  act: (q: SpeakingQueue) => SpeakingQueue;
  turns: TurnText[];
  startedAt: number | null;
  speaker: string | null;
  next: string | null;
  /** turnOf for A, B, C, D, E and someone not at the table. */
  turnOf: { A: string; B: string; C: string; D: string; E: string; Z: 'absent' };
};

/** Five people in the order A B C D E; A and then C are skipped (late) and speak after the others. */
const TOUR: Step[] = [
  {
    name: 'start at 1000: A speaks',
    act: () => startQueue(['A', 'B', 'C', 'D', 'E'], SLOT_MS, KEEP_ORDER, 1_000),
    turns: ['A speaking', 'B', 'C', 'D', 'E'],
    startedAt: 1_000,
    speaker: 'A',
    next: 'B',
    turnOf: { A: 'speaking', B: 'next', C: 'waiting', D: 'waiting', E: 'waiting', Z: 'absent' },
  },
  {
    name: 'skip A at 2000: B speaks, A goes to the end',
    act: (q) => skip(q, 2_000),
    turns: ['B speaking', 'C', 'D', 'E', 'A skipped'],
    startedAt: 2_000,
    speaker: 'B',
    next: 'C',
    turnOf: { A: 'waiting', B: 'speaking', C: 'next', D: 'waiting', E: 'waiting', Z: 'absent' },
  },
  {
    name: 'advance at 3000: C speaks',
    act: (q) => advance(q, 3_000),
    turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
    startedAt: 3_000,
    speaker: 'C',
    next: 'D',
    turnOf: { A: 'waiting', B: 'done', C: 'speaking', D: 'next', E: 'waiting', Z: 'absent' },
  },
  {
    name: 'skip C at 4000: D speaks, C goes after A',
    act: (q) => skip(q, 4_000),
    turns: ['B done', 'D speaking', 'E', 'A skipped', 'C skipped'],
    startedAt: 4_000,
    speaker: 'D',
    next: 'E',
    turnOf: { A: 'waiting', B: 'done', C: 'waiting', D: 'speaking', E: 'next', Z: 'absent' },
  },
  {
    name: 'advance at 5000: E speaks',
    act: (q) => advance(q, 5_000),
    turns: ['B done', 'D done', 'E speaking', 'A skipped', 'C skipped'],
    startedAt: 5_000,
    speaker: 'E',
    next: 'A',
    turnOf: { A: 'next', B: 'done', C: 'waiting', D: 'done', E: 'speaking', Z: 'absent' },
  },
  {
    name: 'advance at 6000: A comes back',
    act: (q) => advance(q, 6_000),
    turns: ['B done', 'D done', 'E done', 'A speaking skipped', 'C skipped'],
    startedAt: 6_000,
    speaker: 'A',
    next: 'C',
    turnOf: { A: 'speaking', B: 'done', C: 'next', D: 'done', E: 'done', Z: 'absent' },
  },
  {
    name: 'advance at 7000: C comes back, nobody after',
    act: (q) => advance(q, 7_000),
    turns: ['B done', 'D done', 'E done', 'A done skipped', 'C speaking skipped'],
    startedAt: 7_000,
    speaker: 'C',
    next: null,
    turnOf: { A: 'done', B: 'done', C: 'speaking', D: 'done', E: 'done', Z: 'absent' },
  },
  {
    name: 'advance at 8000: the tour is over',
    act: (q) => advance(q, 8_000),
    turns: ['B done', 'D done', 'E done', 'A done skipped', 'C done skipped'],
    startedAt: null,
    speaker: null,
    next: null,
    turnOf: { A: 'done', B: 'done', C: 'done', D: 'done', E: 'done', Z: 'absent' },
  },
  {
    name: 'advance again at 9000: nothing changes',
    act: (q) => advance(q, 9_000),
    turns: ['B done', 'D done', 'E done', 'A done skipped', 'C done skipped'],
    startedAt: null,
    speaker: null,
    next: null,
    turnOf: { A: 'done', B: 'done', C: 'done', D: 'done', E: 'done', Z: 'absent' },
  },
  {
    name: 'skip when nobody speaks: nothing changes',
    act: (q) => skip(q, 10_000),
    turns: ['B done', 'D done', 'E done', 'A done skipped', 'C done skipped'],
    startedAt: null,
    speaker: null,
    next: null,
    turnOf: { A: 'done', B: 'done', C: 'done', D: 'done', E: 'done', Z: 'absent' },
  },
];

describe('a tour de table of 5 with two skips, step by step', () => {
  it('speaks in the order A (skipped), B, C (skipped), D, E, A, C', () => {
    const speakers: (string | null)[] = [];
    TOUR.reduce((q, step) => {
      const after = step.act(q);
      speakers.push(currentSpeaker(after));
      return after;
    }, queue(null));
    expect(speakers).toEqual(['A', 'B', 'C', 'D', 'E', 'A', 'C', null, null, null]);
  });

  const states = TOUR.reduce<SpeakingQueue[]>((acc, step) => [...acc, step.act(acc.at(-1) ?? queue(null))], []);
  it.each(TOUR.map((step, i) => ({ ...step, q: states[i] as SpeakingQueue })))('$name', ({ q, turns, startedAt, speaker, next, turnOf: expected }) => {
    expect(asText(q)).toEqual({ turns, slotMs: SLOT_MS, startedAt });
    expect(currentSpeaker(q)).toBe(speaker);
    expect(nextSpeaker(q)).toBe(next);
    expect({
      A: turnOf(q, 'A'),
      B: turnOf(q, 'B'),
      C: turnOf(q, 'C'),
      D: turnOf(q, 'D'),
      E: turnOf(q, 'E'),
      Z: turnOf(q, 'Z'),
    }).toEqual(expected);
  });

  it('no step changes the queue it was given', () => {
    const before = queue(EARLIER, 'B done', 'C speaking', 'D', 'A skipped');
    const copy = structuredClone(before);
    advance(before, NOW);
    skip(before, NOW);
    addSpeaker(before, 'Z', NOW);
    removeSpeaker(before, 'C', NOW);
    expect(before).toEqual(copy);
  });
});

// ---------------------------------------------------------------- startQueue, skip, add, remove

describe('startQueue', () => {
  it.each<[string, string[], () => number, TurnText[], number | null]>([
    ['keeps the order the random numbers give', ['A', 'B', 'C'], KEEP_ORDER, ['A speaking', 'B', 'C'], NOW],
    ['random 0 moves the first to the end', ['A', 'B', 'C'], () => 0, ['B speaking', 'C', 'A'], NOW],
    ['one person speaks at once', ['A'], KEEP_ORDER, ['A speaking'], NOW],
    ['nobody: nobody speaks, no start time', [], KEEP_ORDER, [], null],
  ])('%s', (_name, ids, random, turns, startedAt) => {
    expect(asText(startQueue(ids, SLOT_MS, random, NOW))).toEqual({ turns, slotMs: SLOT_MS, startedAt });
  });

  it('uses the shuffle of its random numbers', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const q = startQueue(ids, SLOT_MS, seededRandom(7), NOW);
    expect(q.turns.map((t) => t.participantId)).toEqual(shuffle(ids, seededRandom(7)));
  });
});

describe('skip', () => {
  it.each<[string, SpeakingQueue, TurnText[], number | null]>([
    ['the last remaining speaker speaks again, from now', queue(EARLIER, 'A done', 'B done', 'C speaking'), ['A done', 'B done', 'C speaking skipped'], NOW],
    ['the only person at the table speaks again', queue(EARLIER, 'A speaking'), ['A speaking skipped'], NOW],
    ['a second skip of the same person: back to the end again', queue(EARLIER, 'B speaking skipped', 'C'), ['C speaking', 'B skipped'], NOW],
    ['two people skipping in turn swap places', queue(EARLIER, 'B speaking', 'A skipped'), ['A speaking skipped', 'B skipped'], NOW],
    ['skipped people keep their order behind the waiting ones', queue(EARLIER, 'C speaking', 'D', 'A skipped'), ['D speaking', 'A skipped', 'C skipped'], NOW],
    ['nobody speaks: nothing changes', queue(null, 'A done', 'B done'), ['A done', 'B done'], null],
    ['empty queue: nothing changes', queue(null), [], null],
  ])('%s', (_name, before, turns, startedAt) => {
    expect(asText(skip(before, NOW))).toEqual({ turns, slotMs: SLOT_MS, startedAt });
  });
});

/** Mid-tour: B is done, C speaks, D is next, E waits, A was skipped. */
const MID_TOUR = queue(EARLIER, 'B done', 'C speaking', 'D', 'E', 'A skipped');
const OVER = queue(null, 'A done', 'B done');
const LAST_SPEAKING = queue(EARLIER, 'A done', 'B speaking');

type EditCase = { name: string; before: SpeakingQueue; id: string; turns: TurnText[]; startedAt: number | null; speaker: string | null; next: string | null };

describe('addSpeaker: a late arrival speaks last, at once if nobody speaks', () => {
  it.each<EditCase>([
    {
      name: 'mid-tour: after the skipped ones',
      before: MID_TOUR,
      id: 'Z',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped', 'Z'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    {
      name: 'while the last one speaks: becomes next',
      before: LAST_SPEAKING,
      id: 'Z',
      turns: ['A done', 'B speaking', 'Z'],
      startedAt: EARLIER,
      speaker: 'B',
      next: 'Z',
    },
    {
      name: 'after the tour: speaks at once, from now',
      before: OVER,
      id: 'Z',
      turns: ['A done', 'B done', 'Z speaking'],
      startedAt: NOW,
      speaker: 'Z',
      next: null,
    },
    { name: 'to an empty table: speaks at once, from now', before: queue(null), id: 'Z', turns: ['Z speaking'], startedAt: NOW, speaker: 'Z', next: null },
    {
      name: 'already done: unchanged',
      before: MID_TOUR,
      id: 'B',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    {
      name: 'already speaking: unchanged',
      before: MID_TOUR,
      id: 'C',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    {
      name: 'already next: unchanged',
      before: MID_TOUR,
      id: 'D',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    {
      name: 'already waiting: unchanged',
      before: MID_TOUR,
      id: 'E',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    {
      name: 'already skipped: unchanged',
      before: MID_TOUR,
      id: 'A',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    { name: 'already there after the tour: nobody starts', before: OVER, id: 'A', turns: ['A done', 'B done'], startedAt: null, speaker: null, next: null },
  ])('$name', ({ before, id, turns, startedAt, speaker, next }) => {
    const after = addSpeaker(before, id, NOW);
    expect(asText(after)).toEqual({ turns, slotMs: SLOT_MS, startedAt });
    expect(currentSpeaker(after)).toBe(speaker);
    expect(nextSpeaker(after)).toBe(next);
  });
});

describe('removeSpeaker: out of the queue; the next one speaks if it was their turn', () => {
  it.each<EditCase>([
    { name: 'done', before: MID_TOUR, id: 'B', turns: ['C speaking', 'D', 'E', 'A skipped'], startedAt: EARLIER, speaker: 'C', next: 'D' },
    {
      name: 'speaking: the next one speaks from now',
      before: MID_TOUR,
      id: 'C',
      turns: ['B done', 'D speaking', 'E', 'A skipped'],
      startedAt: NOW,
      speaker: 'D',
      next: 'E',
    },
    {
      name: 'next: the one after becomes next',
      before: MID_TOUR,
      id: 'D',
      turns: ['B done', 'C speaking', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'E',
    },
    { name: 'waiting', before: MID_TOUR, id: 'E', turns: ['B done', 'C speaking', 'D', 'A skipped'], startedAt: EARLIER, speaker: 'C', next: 'D' },
    { name: 'skipped', before: MID_TOUR, id: 'A', turns: ['B done', 'C speaking', 'D', 'E'], startedAt: EARLIER, speaker: 'C', next: 'D' },
    {
      name: 'absent: unchanged',
      before: MID_TOUR,
      id: 'Z',
      turns: ['B done', 'C speaking', 'D', 'E', 'A skipped'],
      startedAt: EARLIER,
      speaker: 'C',
      next: 'D',
    },
    {
      name: 'the last one speaking: nobody speaks, no start time',
      before: LAST_SPEAKING,
      id: 'B',
      turns: ['A done'],
      startedAt: null,
      speaker: null,
      next: null,
    },
    { name: 'done, after the tour', before: OVER, id: 'A', turns: ['B done'], startedAt: null, speaker: null, next: null },
    { name: 'from an empty table: unchanged', before: queue(null), id: 'Z', turns: [], startedAt: null, speaker: null, next: null },
  ])('$name', ({ before, id, turns, startedAt, speaker, next }) => {
    const after = removeSpeaker(before, id, NOW);
    expect(asText(after)).toEqual({ turns, slotMs: SLOT_MS, startedAt });
    expect(currentSpeaker(after)).toBe(speaker);
    expect(nextSpeaker(after)).toBe(next);
    expect(turnOf(after, id)).toBe('absent');
  });
});

describe('turnOf', () => {
  it.each<[string, SpeakingQueue, string, ReturnType<typeof turnOf>]>([
    ['done', MID_TOUR, 'B', 'done'],
    ['speaking', MID_TOUR, 'C', 'speaking'],
    ['first waiting while someone speaks', MID_TOUR, 'D', 'next'],
    ['second waiting', MID_TOUR, 'E', 'waiting'],
    ['skipped, waiting at the end', MID_TOUR, 'A', 'waiting'],
    ['not at the table', MID_TOUR, 'Z', 'absent'],
    ['skipped and the only one left waiting', queue(EARLIER, 'B done', 'C speaking', 'A skipped'), 'A', 'next'],
    ['first waiting while nobody speaks (not reachable by the operations)', queue(null, 'A done', 'B'), 'B', 'waiting'],
    ['empty table', queue(null), 'A', 'absent'],
  ])('%s', (_name, q, id, expected) => {
    expect(turnOf(q, id)).toBe(expected);
  });
});
