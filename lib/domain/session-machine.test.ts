import { describe, expect, it } from 'vitest';
import {
  LOBBY,
  autoAdvanceAt,
  currentRound,
  decide,
  phaseDurationMs,
  remainingMs,
  stageAfter,
  stageBefore,
  type ControlCommand,
  type Decision,
  type LiveState,
  type MachineErrorCode,
  type MachineEvent,
  type Phase,
  type SessionPlan,
  type Stage,
  type Timer,
} from './session-machine';

const MIN_MS = 60_000;
const NOW = 10_000_000;

/** Every round has its own durations, so a timer from the wrong phase or round cannot pass. */
const THREE_ROUNDS: SessionPlan = {
  autoAdvance: true,
  rounds: [
    { reflectionMs: 3 * MIN_MS, sharingMs: 10 * MIN_MS, consolidationMs: 7 * MIN_MS },
    { reflectionMs: 2 * MIN_MS, sharingMs: 8 * MIN_MS, consolidationMs: 5 * MIN_MS },
    { reflectionMs: 4 * MIN_MS, sharingMs: 9 * MIN_MS, consolidationMs: 6 * MIN_MS },
  ],
};
const ONE_ROUND: SessionPlan = {
  autoAdvance: false,
  rounds: [{ reflectionMs: 3 * MIN_MS, sharingMs: 10 * MIN_MS, consolidationMs: 7 * MIN_MS }],
};
const NO_ROUNDS: SessionPlan = { autoAdvance: true, rounds: [] };

// ---------------------------------------------------------------- builders for expected values

const lobby: Stage = { kind: 'lobby' };
const plenary: Stage = { kind: 'plenary' };
const closed: Stage = { kind: 'closed' };
const phase = (round: number, p: Phase): Stage => ({ kind: 'phase', round, phase: p });
const rotation = (afterRound: number): Stage => ({ kind: 'rotation', afterRound });
const running = (endsAt: number, durationMs: number): Timer => ({ status: 'running', endsAt, durationMs });
const paused = (remaining: number, durationMs: number): Timer => ({ status: 'paused', remainingMs: remaining, durationMs });

const fail = (code: MachineErrorCode): Decision => ({ ok: false, code });
const entered = (stage: Stage, timer: Timer | null, by: 'organiser' | 'deadline' = 'organiser'): Decision => ({
  ok: true,
  state: { stage, timer },
  events: [{ type: 'stage-entered', stage, by }],
});
const timerChanged = (stage: Stage, timer: Timer, event: MachineEvent): Decision => ({
  ok: true,
  state: { stage, timer },
  events: [event],
});
/** The same move as `next`, made by the server's scheduler. */
const byDeadline = (decision: Decision): Decision =>
  decision.ok ? { ...decision, events: decision.events.map((e) => (e.type === 'stage-entered' ? { ...e, by: 'deadline' } : e)) } : decision;

const COMMANDS = {
  start: { type: 'start' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  'extend 1 min': { type: 'extend', ms: 60_000 },
  'extend 5 min': { type: 'extend', ms: 300_000 },
  next: { type: 'next' },
  back: { type: 'back' },
  deadline: { type: 'deadline' },
} as const satisfies Record<string, ControlCommand>;
type CommandName = keyof typeof COMMANDS;
type Expectations = Record<CommandName, Decision>;

type Case = { name: string; state: LiveState; command: ControlCommand; expected: Decision };

const casesFor = (name: string, state: LiveState, expectations: Expectations): Case[] =>
  (Object.keys(COMMANDS) as CommandName[]).map((command) => ({
    name: `${name}: ${command}`,
    state,
    command: COMMANDS[command],
    expected: expectations[command],
  }));

// ---------------------------------------------------------------- stages without a phase timer

const NO_TIMER = {
  pause: fail('no-timer'),
  resume: fail('no-timer'),
  'extend 1 min': fail('no-timer'),
  'extend 5 min': fail('no-timer'),
} as const;

const STAGES_WITHOUT_TIMER: Case[] = [
  ...casesFor('lobby', LOBBY, {
    start: entered(phase(0, 'reflection'), running(NOW + 3 * MIN_MS, 3 * MIN_MS)),
    pause: fail('not-started'),
    resume: fail('not-started'),
    'extend 1 min': fail('not-started'),
    'extend 5 min': fail('not-started'),
    next: fail('not-started'),
    back: fail('not-started'),
    deadline: fail('not-started'),
  }),
  ...casesFor(
    'rotation after round 0',
    { stage: rotation(0), timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(phase(1, 'reflection'), running(NOW + 2 * MIN_MS, 2 * MIN_MS)),
      back: entered(phase(0, 'consolidation'), running(NOW + 7 * MIN_MS, 7 * MIN_MS)),
      deadline: fail('not-due'),
    },
  ),
  ...casesFor(
    'rotation after round 1',
    { stage: rotation(1), timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(phase(2, 'reflection'), running(NOW + 4 * MIN_MS, 4 * MIN_MS)),
      back: entered(phase(1, 'consolidation'), running(NOW + 5 * MIN_MS, 5 * MIN_MS)),
      deadline: fail('not-due'),
    },
  ),
  ...casesFor(
    'plenary',
    { stage: plenary, timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(closed, null),
      back: entered(phase(2, 'consolidation'), running(NOW + 6 * MIN_MS, 6 * MIN_MS)),
      deadline: fail('not-due'),
    },
  ),
  ...casesFor(
    'closed',
    { stage: closed, timer: null },
    {
      start: fail('session-closed'),
      pause: fail('session-closed'),
      resume: fail('session-closed'),
      'extend 1 min': fail('session-closed'),
      'extend 5 min': fail('session-closed'),
      next: fail('session-closed'),
      back: fail('session-closed'),
      deadline: fail('session-closed'),
    },
  ),
];

// ---------------------------------------------------------------- phases × timer conditions

/** Where each phase of the 3-round plan leads; the timers entered start in full at NOW. */
const PHASE_ROWS: { name: string; stage: Stage; durationMs: number; next: Decision; back: Decision }[] = [
  {
    name: 'round 0 reflection',
    stage: phase(0, 'reflection'),
    durationMs: 3 * MIN_MS,
    next: entered(phase(0, 'sharing'), running(NOW + 10 * MIN_MS, 10 * MIN_MS)),
    back: fail('nothing-before'),
  },
  {
    name: 'round 0 sharing',
    stage: phase(0, 'sharing'),
    durationMs: 10 * MIN_MS,
    next: entered(phase(0, 'consolidation'), running(NOW + 7 * MIN_MS, 7 * MIN_MS)),
    back: entered(phase(0, 'reflection'), running(NOW + 3 * MIN_MS, 3 * MIN_MS)),
  },
  {
    name: 'round 0 consolidation',
    stage: phase(0, 'consolidation'),
    durationMs: 7 * MIN_MS,
    next: entered(rotation(0), null),
    back: entered(phase(0, 'sharing'), running(NOW + 10 * MIN_MS, 10 * MIN_MS)),
  },
  {
    name: 'round 1 reflection',
    stage: phase(1, 'reflection'),
    durationMs: 2 * MIN_MS,
    next: entered(phase(1, 'sharing'), running(NOW + 8 * MIN_MS, 8 * MIN_MS)),
    back: entered(rotation(0), null),
  },
  {
    name: 'round 1 sharing',
    stage: phase(1, 'sharing'),
    durationMs: 8 * MIN_MS,
    next: entered(phase(1, 'consolidation'), running(NOW + 5 * MIN_MS, 5 * MIN_MS)),
    back: entered(phase(1, 'reflection'), running(NOW + 2 * MIN_MS, 2 * MIN_MS)),
  },
  {
    name: 'round 1 consolidation',
    stage: phase(1, 'consolidation'),
    durationMs: 5 * MIN_MS,
    next: entered(rotation(1), null),
    back: entered(phase(1, 'sharing'), running(NOW + 8 * MIN_MS, 8 * MIN_MS)),
  },
  {
    name: 'round 2 (last) reflection',
    stage: phase(2, 'reflection'),
    durationMs: 4 * MIN_MS,
    next: entered(phase(2, 'sharing'), running(NOW + 9 * MIN_MS, 9 * MIN_MS)),
    back: entered(rotation(1), null),
  },
  {
    name: 'round 2 (last) sharing',
    stage: phase(2, 'sharing'),
    durationMs: 9 * MIN_MS,
    next: entered(phase(2, 'consolidation'), running(NOW + 6 * MIN_MS, 6 * MIN_MS)),
    back: entered(phase(2, 'reflection'), running(NOW + 4 * MIN_MS, 4 * MIN_MS)),
  },
  {
    name: 'round 2 (last) consolidation',
    stage: phase(2, 'consolidation'),
    durationMs: 6 * MIN_MS,
    next: entered(plenary, null),
    back: entered(phase(2, 'sharing'), running(NOW + 9 * MIN_MS, 9 * MIN_MS)),
  },
];

/** What the timer commands do to a phase timer of duration `d` in `stage`, at NOW. */
type TimerCondition = {
  name: string;
  timer: (d: number) => Timer;
  expect: (stage: Stage, d: number) => Pick<Expectations, 'pause' | 'resume' | 'extend 1 min' | 'extend 5 min'>;
  /** Whether a `deadline` (with autoAdvance) moves on, like `next`. */
  due: boolean;
};

const TIMER_CONDITIONS: TimerCondition[] = [
  {
    name: 'running, 30 s left',
    timer: (d) => running(NOW + 30_000, d),
    expect: (stage, d) => ({
      pause: timerChanged(stage, paused(30_000, d), { type: 'timer-paused', remainingMs: 30_000 }),
      resume: fail('not-paused'),
      'extend 1 min': timerChanged(stage, running(NOW + 90_000, d + 60_000), { type: 'timer-extended', ms: 60_000 }),
      'extend 5 min': timerChanged(stage, running(NOW + 330_000, d + 300_000), { type: 'timer-extended', ms: 300_000 }),
    }),
    due: false,
  },
  {
    name: 'paused, 45 s left',
    timer: (d) => paused(45_000, d),
    expect: (stage, d) => ({
      pause: fail('not-running'),
      resume: timerChanged(stage, running(NOW + 45_000, d), { type: 'timer-resumed', endsAt: NOW + 45_000 }),
      'extend 1 min': timerChanged(stage, paused(105_000, d + 60_000), { type: 'timer-extended', ms: 60_000 }),
      'extend 5 min': timerChanged(stage, paused(345_000, d + 300_000), { type: 'timer-extended', ms: 300_000 }),
    }),
    due: false,
  },
  {
    name: 'running, 20 s overtime',
    timer: (d) => running(NOW - 20_000, d),
    expect: (stage, d) => ({
      pause: timerChanged(stage, paused(-20_000, d), { type: 'timer-paused', remainingMs: -20_000 }),
      resume: fail('not-paused'),
      // From now, not from the passed deadline.
      'extend 1 min': timerChanged(stage, running(NOW + 60_000, d + 60_000), { type: 'timer-extended', ms: 60_000 }),
      'extend 5 min': timerChanged(stage, running(NOW + 300_000, d + 300_000), { type: 'timer-extended', ms: 300_000 }),
    }),
    due: true,
  },
  {
    name: 'paused in overtime, 20 s over',
    timer: (d) => paused(-20_000, d),
    expect: (stage, d) => ({
      pause: fail('not-running'),
      resume: timerChanged(stage, running(NOW - 20_000, d), { type: 'timer-resumed', endsAt: NOW - 20_000 }),
      'extend 1 min': timerChanged(stage, paused(60_000, d + 60_000), { type: 'timer-extended', ms: 60_000 }),
      'extend 5 min': timerChanged(stage, paused(300_000, d + 300_000), { type: 'timer-extended', ms: 300_000 }),
    }),
    due: false,
  },
];

const PHASE_CASES: Case[] = PHASE_ROWS.flatMap((row) =>
  TIMER_CONDITIONS.flatMap((condition) =>
    casesFor(
      `${row.name}, ${condition.name}`,
      { stage: row.stage, timer: condition.timer(row.durationMs) },
      {
        start: fail('already-started'),
        ...condition.expect(row.stage, row.durationMs),
        next: row.next,
        back: row.back,
        deadline: condition.due ? byDeadline(row.next) : fail('not-due'),
      },
    ),
  ),
);

describe('decide: every command in every kind of state (3-round plan, autoAdvance on, at NOW)', () => {
  it.each([...STAGES_WITHOUT_TIMER, ...PHASE_CASES])('$name', ({ state, command, expected }) => {
    expect(decide(state, command, THREE_ROUNDS, NOW)).toEqual(expected);
  });

  it('covers 8 commands in 41 states', () => {
    expect(STAGES_WITHOUT_TIMER.length + PHASE_CASES.length).toBe(8 * (5 + 9 * 4));
  });
});

// ---------------------------------------------------------------- whole sessions

type Step = [command: 'start' | 'next' | 'deadline', now: number, stage: Stage, timer: Timer | null, by?: 'deadline'];

describe('decide: a whole session, step by step', () => {
  it.each<{ name: string; plan: SessionPlan; steps: Step[] }>([
    {
      name: '1 round, moved on by the organiser',
      plan: ONE_ROUND,
      steps: [
        ['start', 0, phase(0, 'reflection'), running(180_000, 180_000)],
        ['next', 200_000, phase(0, 'sharing'), running(800_000, 600_000)],
        ['next', 900_000, phase(0, 'consolidation'), running(1_320_000, 420_000)],
        ['next', 1_400_000, plenary, null],
        ['next', 1_500_000, closed, null],
      ],
    },
    {
      name: '3 rounds, deadlines on time or late, rotations moved on by the organiser',
      plan: THREE_ROUNDS,
      steps: [
        ['start', 0, phase(0, 'reflection'), running(180_000, 180_000)],
        ['deadline', 180_000, phase(0, 'sharing'), running(780_000, 600_000), 'deadline'],
        ['deadline', 780_000, phase(0, 'consolidation'), running(1_200_000, 420_000), 'deadline'],
        ['deadline', 1_200_000, rotation(0), null, 'deadline'],
        ['next', 1_260_000, phase(1, 'reflection'), running(1_380_000, 120_000)],
        ['next', 1_300_000, phase(1, 'sharing'), running(1_780_000, 480_000)],
        ['deadline', 1_780_000, phase(1, 'consolidation'), running(2_080_000, 300_000), 'deadline'],
        ['deadline', 2_100_000, rotation(1), null, 'deadline'],
        ['next', 2_160_000, phase(2, 'reflection'), running(2_400_000, 240_000)],
        ['deadline', 2_400_000, phase(2, 'sharing'), running(2_940_000, 540_000), 'deadline'],
        ['deadline', 2_940_000, phase(2, 'consolidation'), running(3_300_000, 360_000), 'deadline'],
        ['deadline', 3_300_000, plenary, null, 'deadline'],
        ['next', 3_600_000, closed, null],
      ],
    },
  ])('$name', ({ plan, steps }) => {
    let state = LOBBY;
    for (const [type, now, stage, timer, by = 'organiser'] of steps) {
      const decision = decide(state, COMMANDS[type], plan, now);
      expect(decision, `${type} at ${now}`).toEqual(entered(stage, timer, by));
      if (decision.ok) state = decision.state;
    }
    expect(decide(state, { type: 'next' }, plan, 4_000_000)).toEqual(fail('session-closed'));
  });

  it.each<{ name: string; plan: SessionPlan; stages: Stage[] }>([
    {
      name: '1 round',
      plan: ONE_ROUND,
      stages: [phase(0, 'consolidation'), phase(0, 'sharing'), phase(0, 'reflection')],
    },
    {
      name: '3 rounds',
      plan: THREE_ROUNDS,
      stages: [
        phase(2, 'consolidation'),
        phase(2, 'sharing'),
        phase(2, 'reflection'),
        rotation(1),
        phase(1, 'consolidation'),
        phase(1, 'sharing'),
        phase(1, 'reflection'),
        rotation(0),
        phase(0, 'consolidation'),
        phase(0, 'sharing'),
        phase(0, 'reflection'),
      ],
    },
  ])('back from the plenary walks every stage down to the first reflection, never the lobby: $name', ({ plan, stages }) => {
    let state: LiveState = { stage: plenary, timer: null };
    const visited: Stage[] = [];
    for (;;) {
      const decision = decide(state, { type: 'back' }, plan, NOW);
      if (!decision.ok) {
        expect(decision.code).toBe('nothing-before');
        break;
      }
      visited.push(decision.state.stage);
      state = decision.state;
    }
    expect(visited).toEqual(stages);
  });
});

// ---------------------------------------------------------------- rules worth a name

describe('decide: named rules', () => {
  it.each<{ name: string; state: LiveState; command: ControlCommand; plan: SessionPlan; now: number; expected: Decision }>([
    {
      name: 'start with zero rounds is refused',
      state: LOBBY,
      command: { type: 'start' },
      plan: NO_ROUNDS,
      now: NOW,
      expected: fail('no-rounds'),
    },
    {
      name: 'back from the second round reflection goes to the rotation, not the lobby',
      state: { stage: phase(1, 'reflection'), timer: running(NOW + 1_000, 2 * MIN_MS) },
      command: { type: 'back' },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: entered(rotation(0), null),
    },
    {
      name: 'back from the first reflection does not return to the lobby',
      state: { stage: phase(0, 'reflection'), timer: running(NOW + 1_000, 3 * MIN_MS) },
      command: { type: 'back' },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: fail('nothing-before'),
    },
    {
      name: 'next from the consolidation of a 1-round plan goes straight to the plenary',
      state: { stage: phase(0, 'consolidation'), timer: running(NOW + 1_000, 7 * MIN_MS) },
      command: { type: 'next' },
      plan: ONE_ROUND,
      now: NOW,
      expected: entered(plenary, null),
    },
    {
      name: 'pause in overtime keeps a negative remaining',
      state: { stage: phase(0, 'sharing'), timer: running(NOW - 65_000, 10 * MIN_MS) },
      command: { type: 'pause' },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: timerChanged(phase(0, 'sharing'), paused(-65_000, 10 * MIN_MS), { type: 'timer-paused', remainingMs: -65_000 }),
    },
    {
      name: 'extend in overtime counts from now',
      state: { stage: phase(0, 'sharing'), timer: running(NOW - 65_000, 10 * MIN_MS) },
      command: { type: 'extend', ms: 60_000 },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: timerChanged(phase(0, 'sharing'), running(NOW + 60_000, 11 * MIN_MS), { type: 'timer-extended', ms: 60_000 }),
    },
    {
      name: 'extend with time left adds to the deadline',
      state: { stage: phase(0, 'sharing'), timer: running(NOW + 5_000, 10 * MIN_MS) },
      command: { type: 'extend', ms: 60_000 },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: timerChanged(phase(0, 'sharing'), running(NOW + 65_000, 11 * MIN_MS), { type: 'timer-extended', ms: 60_000 }),
    },
  ])('$name', ({ state, command, plan, now, expected }) => {
    expect(decide(state, command, plan, now)).toEqual(expected);
  });
});

describe('decide: deadline needs autoAdvance, a running timer and now ≥ endsAt', () => {
  const sharing = phase(0, 'sharing');
  const manual: SessionPlan = { ...THREE_ROUNDS, autoAdvance: false };
  const movesOn = entered(phase(0, 'consolidation'), running(NOW + 7 * MIN_MS, 7 * MIN_MS), 'deadline');
  it.each<{ name: string; plan: SessionPlan; state: LiveState; expected: Decision }>([
    { name: 'exactly at the deadline', plan: THREE_ROUNDS, state: { stage: sharing, timer: running(NOW, 10 * MIN_MS) }, expected: movesOn },
    { name: '1 ms after the deadline', plan: THREE_ROUNDS, state: { stage: sharing, timer: running(NOW - 1, 10 * MIN_MS) }, expected: movesOn },
    { name: '1 ms before the deadline', plan: THREE_ROUNDS, state: { stage: sharing, timer: running(NOW + 1, 10 * MIN_MS) }, expected: fail('not-due') },
    {
      name: 'autoAdvance off, past the deadline',
      plan: manual,
      state: { stage: sharing, timer: running(NOW - 60_000, 10 * MIN_MS) },
      expected: fail('not-due'),
    },
    { name: 'paused at zero', plan: THREE_ROUNDS, state: { stage: sharing, timer: paused(0, 10 * MIN_MS) }, expected: fail('not-due') },
    { name: 'paused in overtime', plan: THREE_ROUNDS, state: { stage: sharing, timer: paused(-5_000, 10 * MIN_MS) }, expected: fail('not-due') },
    { name: 'no timer (rotation)', plan: THREE_ROUNDS, state: { stage: rotation(0), timer: null }, expected: fail('not-due') },
    { name: 'no timer (plenary)', plan: THREE_ROUNDS, state: { stage: plenary, timer: null }, expected: fail('not-due') },
  ])('$name', ({ plan, state, expected }) => {
    expect(decide(state, { type: 'deadline' }, plan, NOW)).toEqual(expected);
  });
});

// ---------------------------------------------------------------- helpers

describe('stageAfter', () => {
  it.each<[string, Stage, SessionPlan, Stage | null]>([
    ['lobby → first reflection', lobby, THREE_ROUNDS, phase(0, 'reflection')],
    ['lobby with no rounds → nothing', lobby, NO_ROUNDS, null],
    ['reflection → sharing', phase(1, 'reflection'), THREE_ROUNDS, phase(1, 'sharing')],
    ['sharing → consolidation', phase(1, 'sharing'), THREE_ROUNDS, phase(1, 'consolidation')],
    ['consolidation → rotation', phase(1, 'consolidation'), THREE_ROUNDS, rotation(1)],
    ['last consolidation → plenary', phase(2, 'consolidation'), THREE_ROUNDS, plenary],
    ['only consolidation of 1 round → plenary', phase(0, 'consolidation'), ONE_ROUND, plenary],
    ['rotation → next reflection', rotation(0), THREE_ROUNDS, phase(1, 'reflection')],
    ['plenary → closed', plenary, THREE_ROUNDS, closed],
    ['closed → nothing', closed, THREE_ROUNDS, null],
  ])('%s', (_name, stage, plan, expected) => {
    expect(stageAfter(stage, plan)).toEqual(expected);
  });
});

describe('stageBefore', () => {
  it.each<[string, Stage, SessionPlan, Stage | null]>([
    ['lobby → nothing', lobby, THREE_ROUNDS, null],
    ['first reflection → nothing (not the lobby)', phase(0, 'reflection'), THREE_ROUNDS, null],
    ['sharing → reflection', phase(1, 'sharing'), THREE_ROUNDS, phase(1, 'reflection')],
    ['consolidation → sharing', phase(1, 'consolidation'), THREE_ROUNDS, phase(1, 'sharing')],
    ['reflection of a later round → rotation', phase(2, 'reflection'), THREE_ROUNDS, rotation(1)],
    ['rotation → consolidation it follows', rotation(1), THREE_ROUNDS, phase(1, 'consolidation')],
    ['plenary → last consolidation', plenary, THREE_ROUNDS, phase(2, 'consolidation')],
    ['plenary of 1 round → its consolidation', plenary, ONE_ROUND, phase(0, 'consolidation')],
    ['closed → nothing', closed, THREE_ROUNDS, null],
  ])('%s', (_name, stage, plan, expected) => {
    expect(stageBefore(stage, plan)).toEqual(expected);
  });
});

describe('remainingMs', () => {
  it.each<[string, Timer, number, number]>([
    ['running, before the deadline', running(NOW + 30_000, MIN_MS), NOW, 30_000],
    ['running, at the deadline', running(NOW, MIN_MS), NOW, 0],
    ['running, in overtime', running(NOW - 20_000, MIN_MS), NOW, -20_000],
    ['paused ignores now', paused(45_000, MIN_MS), NOW + 999_999, 45_000],
    ['paused in overtime', paused(-20_000, MIN_MS), NOW, -20_000],
  ])('%s', (_name, timer, now, expected) => {
    expect(remainingMs(timer, now)).toBe(expected);
  });
});

describe('autoAdvanceAt', () => {
  const manual: SessionPlan = { ...THREE_ROUNDS, autoAdvance: false };
  it.each<[string, LiveState, SessionPlan, number | null]>([
    ['running with autoAdvance → its deadline', { stage: phase(0, 'sharing'), timer: running(NOW + 5_000, MIN_MS) }, THREE_ROUNDS, NOW + 5_000],
    ['running in overtime → its past deadline', { stage: phase(0, 'sharing'), timer: running(NOW - 5_000, MIN_MS) }, THREE_ROUNDS, NOW - 5_000],
    ['running without autoAdvance', { stage: phase(0, 'sharing'), timer: running(NOW + 5_000, MIN_MS) }, manual, null],
    ['paused', { stage: phase(0, 'sharing'), timer: paused(5_000, MIN_MS) }, THREE_ROUNDS, null],
    ['lobby', LOBBY, THREE_ROUNDS, null],
    ['rotation', { stage: rotation(0), timer: null }, THREE_ROUNDS, null],
    ['closed', { stage: closed, timer: null }, THREE_ROUNDS, null],
  ])('%s', (_name, state, plan, expected) => {
    expect(autoAdvanceAt(state, plan)).toBe(expected);
  });
});

describe('phaseDurationMs', () => {
  it.each<[number, Phase, number]>([
    [0, 'reflection', 3 * MIN_MS],
    [0, 'sharing', 10 * MIN_MS],
    [0, 'consolidation', 7 * MIN_MS],
    [1, 'reflection', 2 * MIN_MS],
    [2, 'consolidation', 6 * MIN_MS],
  ])('round %d %s → %d ms', (round, p, expected) => {
    expect(phaseDurationMs(THREE_ROUNDS, round, p)).toBe(expected);
  });

  it.each([3, -1, 1.5])('round %d is not in the plan → RangeError', (round) => {
    expect(() => phaseDurationMs(THREE_ROUNDS, round, 'sharing')).toThrow(new RangeError(`round ${round} is not in the plan`));
  });
});

describe('currentRound', () => {
  it.each([
    [{ kind: 'lobby' }, 3, null],
    [{ kind: 'phase', round: 1, phase: 'sharing' }, 3, 1],
    [{ kind: 'rotation', afterRound: 0 }, 3, 0],
    [{ kind: 'plenary' }, 3, 2],
    [{ kind: 'closed' }, 3, 2],
    [{ kind: 'plenary' }, 0, null],
  ] as const)('%j of %d rounds → %s', (stage, rounds, expected) => {
    expect(currentRound(stage, rounds)).toBe(expected);
  });
});
