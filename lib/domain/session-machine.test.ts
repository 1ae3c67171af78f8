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
  stageDurationMs,
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
import { DEFAULT_PLENARY, type PlenaryProgramme } from './plenary/plenary-types';

const MIN_MS = 60_000;
const NOW = 10_000_000;

const SLOT_MS = 150_000;
const VOTE_MS = 11 * MIN_MS;
/** Every step on; a timer on the restitution slots and the vote only. */
const FULL_PLENARY: PlenaryProgramme = {
  ...DEFAULT_PLENARY,
  restitutionSlotMs: SLOT_MS,
  stepDurationsMs: { workstreams: null, vote: VOTE_MS, assessment: null, actions: null },
};
/** No step switched on: an open plenary. */
const OPEN_PLENARY: PlenaryProgramme = { ...DEFAULT_PLENARY, steps: [] };

/** Every round (and plenary timer) has its own duration, so a timer from the wrong stage cannot pass. Two tables present. */
const THREE_ROUNDS: SessionPlan = {
  autoAdvance: true,
  rounds: [
    { reflectionMs: 3 * MIN_MS, sharingMs: 10 * MIN_MS, consolidationMs: 7 * MIN_MS },
    { reflectionMs: 2 * MIN_MS, sharingMs: 8 * MIN_MS, consolidationMs: 5 * MIN_MS },
    { reflectionMs: 4 * MIN_MS, sharingMs: 9 * MIN_MS, consolidationMs: 6 * MIN_MS },
  ],
  plenary: FULL_PLENARY,
  tableCount: 2,
};
const ONE_ROUND: SessionPlan = {
  autoAdvance: false,
  rounds: [{ reflectionMs: 3 * MIN_MS, sharingMs: 10 * MIN_MS, consolidationMs: 7 * MIN_MS }],
  plenary: OPEN_PLENARY,
  tableCount: 4,
};
const NO_ROUNDS: SessionPlan = { autoAdvance: true, rounds: [], plenary: DEFAULT_PLENARY, tableCount: 1 };
/** Only the vote and the action plan. */
const VOTE_AND_ACTIONS: SessionPlan = { ...THREE_ROUNDS, plenary: { ...FULL_PLENARY, steps: ['vote', 'actions'] } };

// ---------------------------------------------------------------- builders for expected values

const lobby: Stage = { kind: 'lobby' };
const closed: Stage = { kind: 'closed' };
const restitution = (table: number): Stage => ({ kind: 'plenary', step: 'restitution', table });
const workstreams: Stage = { kind: 'plenary', step: 'workstreams' };
const vote: Stage = { kind: 'plenary', step: 'vote' };
const assessment: Stage = { kind: 'plenary', step: 'assessment' };
const actions: Stage = { kind: 'plenary', step: 'actions' };
const openPlenary: Stage = { kind: 'plenary', step: 'open' };
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

type Case = { name: string; state: LiveState; command: ControlCommand; expected: Decision; plan: SessionPlan };

const casesFor = (name: string, state: LiveState, expectations: Expectations, plan: SessionPlan = THREE_ROUNDS): Case[] =>
  (Object.keys(COMMANDS) as CommandName[]).map((command) => ({
    name: `${name}: ${command}`,
    state,
    command: COMMANDS[command],
    expected: expectations[command],
    plan,
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
    'plenary workstreams (no timer set)',
    { stage: workstreams, timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(vote, running(NOW + VOTE_MS, VOTE_MS)),
      back: entered(restitution(1), running(NOW + SLOT_MS, SLOT_MS)),
      deadline: fail('not-due'),
    },
  ),
  ...casesFor(
    'plenary assessment',
    { stage: assessment, timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(actions, null),
      back: entered(vote, running(NOW + VOTE_MS, VOTE_MS)),
      deadline: fail('not-due'),
    },
  ),
  ...casesFor(
    'plenary actions (the last step)',
    { stage: actions, timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(closed, null),
      back: entered(assessment, null),
      deadline: fail('not-due'),
    },
  ),
  ...casesFor(
    'open plenary (no step switched on, 1-round plan)',
    { stage: openPlenary, timer: null },
    {
      start: fail('already-started'),
      ...NO_TIMER,
      next: entered(closed, null),
      back: entered(phase(0, 'consolidation'), running(NOW + 7 * MIN_MS, 7 * MIN_MS)),
      deadline: fail('not-due'),
    },
    ONE_ROUND,
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

/** Where each timed stage of the 3-round plan leads (phases, restitution slots, the timed vote); the timers entered start in full at NOW. */
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
    next: entered(restitution(0), running(NOW + SLOT_MS, SLOT_MS)),
    back: entered(phase(2, 'sharing'), running(NOW + 9 * MIN_MS, 9 * MIN_MS)),
  },
  {
    name: 'plenary restitution, table 0',
    stage: restitution(0),
    durationMs: SLOT_MS,
    next: entered(restitution(1), running(NOW + SLOT_MS, SLOT_MS)),
    back: entered(phase(2, 'consolidation'), running(NOW + 6 * MIN_MS, 6 * MIN_MS)),
  },
  {
    name: 'plenary restitution, table 1 (the last)',
    stage: restitution(1),
    durationMs: SLOT_MS,
    next: entered(workstreams, null),
    back: entered(restitution(0), running(NOW + SLOT_MS, SLOT_MS)),
  },
  {
    name: 'plenary vote (timed)',
    stage: vote,
    durationMs: VOTE_MS,
    next: entered(assessment, null),
    back: entered(workstreams, null),
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

describe('decide: every command in every kind of state (3-round plan with 2 tables, autoAdvance on, at NOW)', () => {
  it.each([...STAGES_WITHOUT_TIMER, ...PHASE_CASES])('$name', ({ state, command, expected, plan }) => {
    expect(decide(state, command, plan, NOW)).toEqual(expected);
  });

  it('covers 8 commands in 56 states', () => {
    expect(STAGES_WITHOUT_TIMER.length + PHASE_CASES.length).toBe(8 * (8 + 12 * 4));
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
        ['next', 1_400_000, openPlenary, null],
        ['next', 1_500_000, closed, null],
      ],
    },
    {
      name: '3 rounds and a full plenary of 2 tables, deadlines on time or late, untimed stages moved on by the organiser',
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
        ['deadline', 3_300_000, restitution(0), running(3_450_000, SLOT_MS), 'deadline'],
        ['deadline', 3_460_000, restitution(1), running(3_610_000, SLOT_MS), 'deadline'],
        ['deadline', 3_610_000, workstreams, null, 'deadline'],
        ['next', 3_700_000, vote, running(3_700_000 + VOTE_MS, VOTE_MS)],
        ['deadline', 3_700_000 + VOTE_MS, assessment, null, 'deadline'],
        ['next', 4_500_000, actions, null],
        ['next', 4_600_000, closed, null],
      ],
    },
  ])('$name', ({ plan, steps }) => {
    let state = LOBBY;
    for (const [type, now, stage, timer, by = 'organiser'] of steps) {
      const decision = decide(state, COMMANDS[type], plan, now);
      expect(decision, `${type} at ${now}`).toEqual(entered(stage, timer, by));
      if (decision.ok) state = decision.state;
    }
    expect(decide(state, { type: 'next' }, plan, 5_000_000)).toEqual(fail('session-closed'));
  });

  it.each<{ name: string; plan: SessionPlan; from: Stage; stages: Stage[] }>([
    {
      name: '1 round, open plenary',
      plan: ONE_ROUND,
      from: openPlenary,
      stages: [phase(0, 'consolidation'), phase(0, 'sharing'), phase(0, 'reflection')],
    },
    {
      name: '3 rounds, full plenary',
      plan: THREE_ROUNDS,
      from: actions,
      stages: [
        assessment,
        vote,
        workstreams,
        restitution(1),
        restitution(0),
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
  ])('back from the last plenary step walks every stage down to the first reflection, never the lobby: $name', ({ plan, from, stages }) => {
    let state: LiveState = { stage: from, timer: null };
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
      name: 'next from the consolidation of a 1-round plan goes straight to the plenary (open: no step on)',
      state: { stage: phase(0, 'consolidation'), timer: running(NOW + 1_000, 7 * MIN_MS) },
      command: { type: 'next' },
      plan: ONE_ROUND,
      now: NOW,
      expected: entered(openPlenary, null),
    },
    {
      name: 'a plenary with no table to present skips the restitution',
      state: { stage: phase(2, 'consolidation'), timer: running(NOW + 1_000, 6 * MIN_MS) },
      command: { type: 'next' },
      plan: { ...THREE_ROUNDS, tableCount: 0 },
      now: NOW,
      expected: entered(workstreams, null),
    },
    {
      name: 'steps switched off are skipped: consolidation → vote',
      state: { stage: phase(2, 'consolidation'), timer: running(NOW + 1_000, 6 * MIN_MS) },
      command: { type: 'next' },
      plan: VOTE_AND_ACTIONS,
      now: NOW,
      expected: entered(vote, running(NOW + VOTE_MS, VOTE_MS)),
    },
    {
      name: 'steps switched off are skipped: vote → actions',
      state: { stage: vote, timer: running(NOW + 1_000, VOTE_MS) },
      command: { type: 'next' },
      plan: VOTE_AND_ACTIONS,
      now: NOW,
      expected: entered(actions, null),
    },
    {
      name: 'back from the first step that is on returns to the last consolidation',
      state: { stage: vote, timer: running(NOW + 1_000, VOTE_MS) },
      command: { type: 'back' },
      plan: VOTE_AND_ACTIONS,
      now: NOW,
      expected: entered(phase(2, 'consolidation'), running(NOW + 6 * MIN_MS, 6 * MIN_MS)),
    },
    {
      name: 'a restitution-only plenary closes after the last table',
      state: { stage: restitution(1), timer: running(NOW - 1_000, SLOT_MS) },
      command: { type: 'deadline' },
      plan: { ...THREE_ROUNDS, plenary: { ...FULL_PLENARY, steps: ['restitution'] } },
      now: NOW,
      expected: entered(closed, null, 'deadline'),
    },
    {
      name: 'a stored table beyond the plan (tables removed) moves on to the next step',
      state: { stage: restitution(5), timer: null },
      command: { type: 'next' },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: entered(workstreams, null),
    },
    {
      name: 'a stored table beyond the plan goes back to the last table of the plan',
      state: { stage: restitution(5), timer: null },
      command: { type: 'back' },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: entered(restitution(1), running(NOW + SLOT_MS, SLOT_MS)),
    },
    {
      name: 'a step switched off since it was stored moves on to the next step on',
      state: { stage: workstreams, timer: null },
      command: { type: 'next' },
      plan: VOTE_AND_ACTIONS,
      now: NOW,
      expected: entered(vote, running(NOW + VOTE_MS, VOTE_MS)),
    },
    {
      name: 'an open plenary under a programme with steps moves on to its first step',
      state: { stage: openPlenary, timer: null },
      command: { type: 'next' },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: entered(restitution(0), running(NOW + SLOT_MS, SLOT_MS)),
    },
    {
      name: 'a restitution slot extended in overtime counts from now',
      state: { stage: restitution(0), timer: running(NOW - 30_000, SLOT_MS) },
      command: { type: 'extend', ms: 60_000 },
      plan: THREE_ROUNDS,
      now: NOW,
      expected: timerChanged(restitution(0), running(NOW + 60_000, SLOT_MS + 60_000), { type: 'timer-extended', ms: 60_000 }),
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
    { name: 'no timer (plenary workstreams)', plan: THREE_ROUNDS, state: { stage: workstreams, timer: null }, expected: fail('not-due') },
    { name: 'no timer (open plenary)', plan: ONE_ROUND, state: { stage: openPlenary, timer: null }, expected: fail('not-due') },
    {
      name: 'a restitution slot at its deadline moves to the next table',
      plan: THREE_ROUNDS,
      state: { stage: restitution(0), timer: running(NOW, SLOT_MS) },
      expected: entered(restitution(1), running(NOW + SLOT_MS, SLOT_MS), 'deadline'),
    },
    {
      name: 'a restitution slot, autoAdvance off, past the deadline',
      plan: manual,
      state: { stage: restitution(0), timer: running(NOW - 60_000, SLOT_MS) },
      expected: fail('not-due'),
    },
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
    ['last consolidation → first table presents', phase(2, 'consolidation'), THREE_ROUNDS, restitution(0)],
    ['only consolidation of 1 round → open plenary', phase(0, 'consolidation'), ONE_ROUND, openPlenary],
    ['rotation → next reflection', rotation(0), THREE_ROUNDS, phase(1, 'reflection')],
    ['table 0 → table 1', restitution(0), THREE_ROUNDS, restitution(1)],
    ['last table → workstreams', restitution(1), THREE_ROUNDS, workstreams],
    ['workstreams → vote', workstreams, THREE_ROUNDS, vote],
    ['vote → assessment', vote, THREE_ROUNDS, assessment],
    ['assessment → actions', assessment, THREE_ROUNDS, actions],
    ['actions → closed', actions, THREE_ROUNDS, closed],
    ['open plenary → closed', openPlenary, ONE_ROUND, closed],
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
    ['first table presenting → last consolidation', restitution(0), THREE_ROUNDS, phase(2, 'consolidation')],
    ['table 1 → table 0', restitution(1), THREE_ROUNDS, restitution(0)],
    ['workstreams → last table', workstreams, THREE_ROUNDS, restitution(1)],
    ['vote → workstreams', vote, THREE_ROUNDS, workstreams],
    ['actions → assessment', actions, THREE_ROUNDS, assessment],
    ['open plenary of 1 round → its consolidation', openPlenary, ONE_ROUND, phase(0, 'consolidation')],
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
    ['restitution slot running → its deadline', { stage: restitution(1), timer: running(NOW + 7_000, SLOT_MS) }, THREE_ROUNDS, NOW + 7_000],
    ['timed vote running → its deadline', { stage: vote, timer: running(NOW + 9_000, VOTE_MS) }, THREE_ROUNDS, NOW + 9_000],
    ['restitution slot, autoAdvance off', { stage: restitution(1), timer: running(NOW + 7_000, SLOT_MS) }, manual, null],
    ['untimed plenary step', { stage: workstreams, timer: null }, THREE_ROUNDS, null],
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

describe('stageDurationMs', () => {
  it.each<[string, Stage, SessionPlan, number | null]>([
    ['a phase: its duration', phase(1, 'sharing'), THREE_ROUNDS, 8 * MIN_MS],
    ['a restitution slot', restitution(1), THREE_ROUNDS, SLOT_MS],
    ['a step with a duration', vote, THREE_ROUNDS, VOTE_MS],
    ['a step without one', assessment, THREE_ROUNDS, null],
    ['the open plenary', openPlenary, ONE_ROUND, null],
    ['a rotation', rotation(0), THREE_ROUNDS, null],
    ['the lobby', lobby, THREE_ROUNDS, null],
    ['closed', closed, THREE_ROUNDS, null],
  ])('%s', (_name, stage, plan, expected) => {
    expect(stageDurationMs(stage, plan)).toBe(expected);
  });
});

describe('currentRound', () => {
  it.each([
    [{ kind: 'lobby' }, 3, null],
    [{ kind: 'phase', round: 1, phase: 'sharing' }, 3, 1],
    [{ kind: 'rotation', afterRound: 0 }, 3, 0],
    [{ kind: 'plenary', step: 'restitution', table: 4 }, 3, 2],
    [{ kind: 'plenary', step: 'workstreams' }, 3, 2],
    [{ kind: 'plenary', step: 'vote' }, 3, 2],
    [{ kind: 'plenary', step: 'assessment' }, 3, 2],
    [{ kind: 'plenary', step: 'actions' }, 3, 2],
    [{ kind: 'plenary', step: 'open' }, 3, 2],
    [{ kind: 'closed' }, 3, 2],
    [{ kind: 'plenary', step: 'open' }, 0, null],
  ] as const)('%j of %d rounds → %s', (stage, rounds, expected) => {
    expect(currentRound(stage, rounds)).toBe(expected);
  });
});
