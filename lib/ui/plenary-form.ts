/**
 * The session builder's plenary section: the programme as typed (minutes and counts as strings),
 * its conversions to and from the draft's `PlenaryProgramme`, and its validation problems in words' terms.
 */
import {
  DEFAULT_PLENARY,
  PLENARY_LIMITS,
  PLENARY_STEPS,
  type PlenaryProgramme,
  type PlenaryStep,
  type Raters,
  type VoteTarget,
} from '@/lib/domain/plenary/plenary-types';

/** The steps with a timer of their own (the restitution has a slot per table instead). */
export const TIMED_STEPS = ['workstreams', 'vote', 'assessment', 'actions'] as const;
export type TimedStep = (typeof TIMED_STEPS)[number];

export type PlenaryForm = {
  /** Always in PLENARY_STEPS' order. */
  steps: PlenaryStep[];
  restitutionMinutes: string;
  /** Empty: no timer. */
  stepMinutes: Record<TimedStep, string>;
  dotsPerPerson: string;
  maxDotsPerItem: string;
  voteOn: VoteTarget;
  ratedBy: Raters;
  shortlistSize: string;
};

const MS_PER_MINUTE = 60_000;
const minutesText = (ms: number) => String(Math.round((ms / MS_PER_MINUTE) * 100) / 100);
/** "2.5" and "2,5" minutes; anything else (empty included) is NaN. */
const minutesValue = (text: string) => {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Math.round(Number(trimmed) * MS_PER_MINUTE);
};
/** A whole number as typed; anything else is NaN. */
const countValue = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function plenaryFormFrom(programme: PlenaryProgramme): PlenaryForm {
  const d = programme.stepDurationsMs;
  const step = (ms: number | null) => (ms === null ? '' : minutesText(ms));
  return {
    steps: [...programme.steps],
    restitutionMinutes: minutesText(programme.restitutionSlotMs),
    stepMinutes: { workstreams: step(d.workstreams), vote: step(d.vote), assessment: step(d.assessment), actions: step(d.actions) },
    dotsPerPerson: String(programme.dotsPerPerson),
    maxDotsPerItem: String(programme.maxDotsPerItem),
    voteOn: programme.voteOn,
    ratedBy: programme.ratedBy,
    shortlistSize: String(programme.shortlistSize),
  };
}

/** The steps with one switched on or off, in the fixed order. */
export function withStep(steps: readonly PlenaryStep[], step: PlenaryStep, on: boolean): PlenaryStep[] {
  return PLENARY_STEPS.filter((s) => (s === step ? on : steps.includes(s)));
}

/**
 * The programme to validate and send (not yet validated: a number may be NaN). A field that belongs
 * to a step switched off is not shown: if what it holds is not a number it falls back to the default
 * rather than block the form with a problem nobody can see.
 */
export function programmeFromForm(form: PlenaryForm): PlenaryProgramme {
  const on = (step: PlenaryStep) => form.steps.includes(step);
  const orDefault = <T extends number | null>(value: T, shown: boolean, fallback: T): T => (shown || !Number.isNaN(value) ? value : fallback);
  const stepMs = (step: TimedStep) => {
    const text = form.stepMinutes[step];
    return orDefault(text.trim() === '' ? null : minutesValue(text), on(step), DEFAULT_PLENARY.stepDurationsMs[step]);
  };
  const voting = on('vote');
  return {
    steps: [...form.steps],
    restitutionSlotMs: orDefault(minutesValue(form.restitutionMinutes), on('restitution'), DEFAULT_PLENARY.restitutionSlotMs),
    stepDurationsMs: { workstreams: stepMs('workstreams'), vote: stepMs('vote'), assessment: stepMs('assessment'), actions: stepMs('actions') },
    dotsPerPerson: orDefault(countValue(form.dotsPerPerson), voting, DEFAULT_PLENARY.dotsPerPerson),
    maxDotsPerItem: orDefault(countValue(form.maxDotsPerItem), voting, DEFAULT_PLENARY.maxDotsPerItem),
    voteOn: form.voteOn,
    ratedBy: form.ratedBy,
    shortlistSize: orDefault(countValue(form.shortlistSize), voting, DEFAULT_PLENARY.shortlistSize),
  };
}

/** What is wrong with a plenary field, for the builder to say in words. */
export type PlenaryProblem =
  | { kind: 'plenary'; rule: 'slot' | 'step' | 'max-over-dots' | 'vote-needs-workstreams' | 'steps' }
  | { kind: 'plenary'; rule: 'count'; min: number; max: number };

/** The problem of a validation issue under `plenary.` (its path without the `plenary` prefix, its code). */
export function plenaryProblem(path: readonly PropertyKey[], code: string): PlenaryProblem {
  const [field] = path;
  switch (field) {
    case 'restitutionSlotMs':
      return { kind: 'plenary', rule: 'slot' };
    case 'stepDurationsMs':
      return { kind: 'plenary', rule: 'step' };
    case 'voteOn':
      return { kind: 'plenary', rule: 'vote-needs-workstreams' };
    case 'maxDotsPerItem':
      return code === 'custom'
        ? { kind: 'plenary', rule: 'max-over-dots' }
        : { kind: 'plenary', rule: 'count', min: PLENARY_LIMITS.dotsMin, max: PLENARY_LIMITS.dotsMax };
    case 'dotsPerPerson':
      return { kind: 'plenary', rule: 'count', min: PLENARY_LIMITS.dotsMin, max: PLENARY_LIMITS.dotsMax };
    case 'shortlistSize':
      return { kind: 'plenary', rule: 'count', min: PLENARY_LIMITS.shortlistMin, max: PLENARY_LIMITS.shortlistMax };
    default:
      return { kind: 'plenary', rule: 'steps' };
  }
}
