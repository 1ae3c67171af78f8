import { describe, expect, it } from 'vitest';
import { DEFAULT_PLENARY, type PlenaryProgramme, type PlenaryStep } from '@/lib/domain/plenary/plenary-types';
import { plenaryProgrammeSchema } from '@/lib/realtime/contract';
import { problemsByField } from './field-problems';
import { plenaryFormFrom, plenaryProblem, programmeFromForm, withStep, type PlenaryForm, type PlenaryProblem } from './plenary-form';

const defaults = plenaryFormFrom(DEFAULT_PLENARY);
const form = (change: Partial<PlenaryForm>): PlenaryForm => ({ ...defaults, ...change });

describe('plenaryFormFrom ↔ programmeFromForm', () => {
  it.each<[string, PlenaryProgramme]>([
    ['the default programme', DEFAULT_PLENARY],
    [
      'every field changed',
      {
        steps: ['restitution', 'vote'],
        restitutionSlotMs: 90_000,
        stepDurationsMs: { workstreams: null, vote: 600_000, assessment: null, actions: 3_600_000 },
        dotsPerPerson: 3,
        maxDotsPerItem: 1,
        voteOn: 'ideas',
        ratedBy: 'organiser',
        shortlistSize: 10,
      },
    ],
    ['no step', { ...DEFAULT_PLENARY, steps: [] }],
  ])('round-trips %s', (_name, programme) => {
    expect(programmeFromForm(plenaryFormFrom(programme))).toEqual(programme);
  });

  it('shows the default slot as 3 minutes and no timers as empty', () => {
    expect(defaults).toMatchObject({ restitutionMinutes: '3', dotsPerPerson: '5', maxDotsPerItem: '2', shortlistSize: '6' });
    expect(defaults.stepMinutes).toEqual({ workstreams: '', vote: '', assessment: '', actions: '' });
  });
});

describe('withStep keeps the fixed order', () => {
  it.each<[PlenaryStep[], PlenaryStep, boolean, PlenaryStep[]]>([
    [['restitution', 'vote'], 'workstreams', true, ['restitution', 'workstreams', 'vote']],
    [['vote', 'actions'], 'restitution', true, ['restitution', 'vote', 'actions']],
    [['restitution', 'vote'], 'vote', false, ['restitution']],
    [['restitution'], 'restitution', true, ['restitution']],
    [[], 'actions', false, []],
  ])('%j %s %s', (steps, step, on, expected) => {
    expect(withStep(steps, step, on)).toEqual(expected);
  });
});

describe('what the builder sends, and whether the contract takes it', () => {
  it.each<[string, Partial<PlenaryForm>, Partial<PlenaryProgramme>, Record<string, PlenaryProblem>]>([
    ['defaults', {}, {}, {}],
    ['slot 2,5 min', { restitutionMinutes: '2,5' }, { restitutionSlotMs: 150_000 }, {}],
    ['slot under 30 s', { restitutionMinutes: '0.4' }, { restitutionSlotMs: 24_000 }, { 'plenary.restitutionSlotMs': { kind: 'plenary', rule: 'slot' } }],
    ['slot empty', { restitutionMinutes: '' }, {}, { 'plenary.restitutionSlotMs': { kind: 'plenary', rule: 'slot' } }],
    [
      'a vote timer of 10 min',
      { stepMinutes: { ...defaults.stepMinutes, vote: '10' } },
      { stepDurationsMs: { ...DEFAULT_PLENARY.stepDurationsMs, vote: 600_000 } },
      {},
    ],
    [
      'a timer over 4 h',
      { stepMinutes: { ...defaults.stepMinutes, actions: '241' } },
      {},
      { 'plenary.stepDurationsMs.actions': { kind: 'plenary', rule: 'step' } },
    ],
    ['dots 3', { dotsPerPerson: '3' }, { dotsPerPerson: 3 }, {}],
    ['dots 21', { dotsPerPerson: '21' }, {}, { 'plenary.dotsPerPerson': { kind: 'plenary', rule: 'count', min: 1, max: 20 } }],
    ['dots not a whole number', { dotsPerPerson: '2.5' }, {}, { 'plenary.dotsPerPerson': { kind: 'plenary', rule: 'count', min: 1, max: 20 } }],
    ['cap above the dots', { dotsPerPerson: '3', maxDotsPerItem: '4' }, {}, { 'plenary.maxDotsPerItem': { kind: 'plenary', rule: 'max-over-dots' } }],
    ['cap 0', { maxDotsPerItem: '0' }, {}, { 'plenary.maxDotsPerItem': { kind: 'plenary', rule: 'count', min: 1, max: 20 } }],
    ['shortlist 31', { shortlistSize: '31' }, {}, { 'plenary.shortlistSize': { kind: 'plenary', rule: 'count', min: 1, max: 30 } }],
    [
      'voting on workstreams without their step',
      { steps: ['restitution', 'vote'], voteOn: 'workstreams' },
      {},
      { 'plenary.voteOn': { kind: 'plenary', rule: 'vote-needs-workstreams' } },
    ],
    ['voting on ideas without workstreams', { steps: ['restitution', 'vote'], voteOn: 'ideas' }, { steps: ['restitution', 'vote'], voteOn: 'ideas' }, {}],
    [
      'a hidden field of a step switched off falls back to the default',
      { steps: ['restitution'], dotsPerPerson: 'x' },
      { steps: ['restitution'], dotsPerPerson: 5 },
      {},
    ],
    ['a hidden slot too', { steps: ['vote'], voteOn: 'ideas', restitutionMinutes: '' }, { steps: ['vote'], voteOn: 'ideas', restitutionSlotMs: 180_000 }, {}],
  ])('%s', (_name, change, sent, problems) => {
    const programme = programmeFromForm(form(change));
    expect(programme).toMatchObject(sent);
    const parsed = plenaryProgrammeSchema.safeParse(programme);
    const found = parsed.success ? {} : problemsByField(parsed.error.issues.map((issue) => ({ ...issue, path: ['plenary', ...issue.path] })));
    expect(found).toEqual(problems);
  });
});

describe('plenaryProblem', () => {
  it.each<[PropertyKey[], string, PlenaryProblem]>([
    [['steps', 0], 'invalid_value', { kind: 'plenary', rule: 'steps' }],
    [['steps'], 'custom', { kind: 'plenary', rule: 'steps' }],
    [['stepDurationsMs', 'vote'], 'too_small', { kind: 'plenary', rule: 'step' }],
  ])('%j %s', (path, code, expected) => {
    expect(plenaryProblem(path, code)).toEqual(expected);
  });
});
