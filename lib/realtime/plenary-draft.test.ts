import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_PLENARY, type PlenaryProgramme } from '@/lib/domain/plenary/plenary-types';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { plenaryProgrammeSchema, sessionDraftSchema } from './contract';

const MIN = 60_000;

describe('the draft’s plenary programme', () => {
  it('has exactly the shape of PlenaryProgramme', () => {
    expectTypeOf<ReturnType<typeof plenaryProgrammeSchema.parse>>().toEqualTypeOf<PlenaryProgramme>();
  });

  it('defaults to DEFAULT_PLENARY when a client omits it (clients from before the plenary steps)', () => {
    const { plenary: _omitted, ...older } = makeDraft();
    const parsed = sessionDraftSchema.parse(older);
    expect(parsed.plenary).toEqual(DEFAULT_PLENARY);
    // A copy: a parsed draft never shares (or changes) the constant.
    expect(parsed.plenary).not.toBe(DEFAULT_PLENARY);
  });

  it.each<[string, Record<string, unknown>, string | null]>([
    ['the default', {}, null],
    ['no step: an open plenary', { steps: [] }, null],
    ['some steps in order', { steps: ['restitution', 'vote', 'actions'], voteOn: 'ideas' }, null],
    ['steps out of order', { steps: ['vote', 'restitution'] }, 'steps'],
    ['a step twice', { steps: ['restitution', 'restitution'] }, 'steps'],
    ['an unknown step', { steps: ['lunch'] }, 'steps.0'],
    ['slot 30 s', { restitutionSlotMs: 30_000 }, null],
    ['slot under 30 s', { restitutionSlotMs: 29_999 }, 'restitutionSlotMs'],
    ['slot 30 min', { restitutionSlotMs: 30 * MIN }, null],
    ['slot over 30 min', { restitutionSlotMs: 30 * MIN + 1 }, 'restitutionSlotMs'],
    ['a step of 10 s', { stepDurationsMs: { ...DEFAULT_PLENARY.stepDurationsMs, vote: 10_000 } }, null],
    ['a step under 10 s', { stepDurationsMs: { ...DEFAULT_PLENARY.stepDurationsMs, vote: 9_999 } }, 'stepDurationsMs.vote'],
    ['a step of 4 h', { stepDurationsMs: { ...DEFAULT_PLENARY.stepDurationsMs, actions: 240 * MIN } }, null],
    ['a step over 4 h', { stepDurationsMs: { ...DEFAULT_PLENARY.stepDurationsMs, actions: 240 * MIN + 1 } }, 'stepDurationsMs.actions'],
    ['1 dot', { dotsPerPerson: 1, maxDotsPerItem: 1 }, null],
    ['0 dots', { dotsPerPerson: 0, maxDotsPerItem: 1 }, 'dotsPerPerson'],
    ['20 dots, 20 on one item', { dotsPerPerson: 20, maxDotsPerItem: 20 }, null],
    ['21 dots', { dotsPerPerson: 21 }, 'dotsPerPerson'],
    ['2.5 dots', { dotsPerPerson: 2.5 }, 'dotsPerPerson'],
    ['more on one item than in hand', { dotsPerPerson: 3, maxDotsPerItem: 4 }, 'maxDotsPerItem'],
    ['no dot on one item', { maxDotsPerItem: 0 }, 'maxDotsPerItem'],
    ['shortlist of 1', { shortlistSize: 1 }, null],
    ['shortlist of 30', { shortlistSize: 30 }, null],
    ['shortlist of 31', { shortlistSize: 31 }, 'shortlistSize'],
    ['shortlist of 0', { shortlistSize: 0 }, 'shortlistSize'],
    ['a vote on workstreams without the workstreams step', { steps: ['restitution', 'vote'], voteOn: 'workstreams' }, 'voteOn'],
    ['the same vote on ideas', { steps: ['restitution', 'vote'], voteOn: 'ideas' }, null],
    ['workstreams target with no vote at all', { steps: ['restitution'], voteOn: 'workstreams' }, null],
    ['an unknown rater', { ratedBy: 'sponsor' }, 'ratedBy'],
    ['an unknown field', { extra: 1 }, ''],
  ])('%s', (_name, change, problem) => {
    const result = sessionDraftSchema.safeParse({ ...makeDraft(), plenary: { ...DEFAULT_PLENARY, ...change } });
    const paths = result.success ? null : result.error.issues.map((i) => i.path.join('.')).join(' ');
    expect(paths).toBe(problem === null ? null : ['plenary', problem].filter(Boolean).join('.'));
  });
});
