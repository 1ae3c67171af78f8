import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/domain/session-machine';
import {
  assessShortlist,
  checkOverride,
  checkRating,
  countedRatings,
  placedQuadrant,
  quadrantOf,
  ratingsRevealed,
  spreadOf,
  summarise,
  type Rating,
} from './assessment';

describe('summarise', () => {
  it.each([
    { values: [], expected: null },
    { values: [4], expected: { count: 1, median: 4, q1: 4, q3: 4, min: 4, max: 4 } },
    { values: [5, 1, 3], expected: { count: 3, median: 3, q1: 2, q3: 4, min: 1, max: 5 } },
    { values: [2, 4], expected: { count: 2, median: 3, q1: 2.5, q3: 3.5, min: 2, max: 4 } },
    { values: [1, 2, 2, 5], expected: { count: 4, median: 2, q1: 1.75, q3: 2.75, min: 1, max: 5 } },
    { values: [3, 3, 3, 3, 3], expected: { count: 5, median: 3, q1: 3, q3: 3, min: 3, max: 3 } },
  ])('$values', ({ values, expected }) => {
    expect(summarise(values)).toEqual(expected);
  });
});

describe('quadrantOf', () => {
  it.each([
    { gain: 5, effort: 1, expected: 'quick-win' },
    { gain: 5, effort: 5, expected: 'must-have' },
    { gain: 1, effort: 1, expected: 'nice-to-have' },
    { gain: 1, effort: 5, expected: 'not-now' },
    // The middle of the scale counts as high.
    { gain: 3, effort: 2.5, expected: 'quick-win' },
    { gain: 3, effort: 3, expected: 'must-have' },
    { gain: 2.5, effort: 3, expected: 'not-now' },
    { gain: 2.5, effort: 2.5, expected: 'nice-to-have' },
  ] as const)('gain $gain, effort $effort: $expected', ({ gain, effort, expected }) => {
    expect(quadrantOf(gain, effort)).toBe(expected);
  });
});

describe('placedQuadrant', () => {
  const high = summarise([4, 5])!;
  const low = summarise([1, 2])!;
  it.each([
    { name: 'medians decide', gain: high, effort: low, override: null, expected: { quadrant: 'quick-win', overridden: false } },
    { name: 'an override wins and is marked', gain: high, effort: low, override: 'not-now', expected: { quadrant: 'not-now', overridden: true } },
    { name: 'an override places an unrated item', gain: null, effort: null, override: 'must-have', expected: { quadrant: 'must-have', overridden: true } },
    { name: 'unrated and not placed', gain: null, effort: low, override: null, expected: null },
  ] as const)('$name', ({ gain, effort, override, expected }) => {
    expect(placedQuadrant(gain, effort, override)).toEqual(expected);
  });
});

describe('spreadOf: how divided the raters are', () => {
  it.each([
    { values: [3, 3, 3, 3], expected: { iqr: 0, range: 0, divided: false } },
    { values: [2, 3, 3, 4], expected: { iqr: 0.5, range: 2, divided: false } },
    { values: [1, 1, 5, 5], expected: { iqr: 4, range: 4, divided: true } },
    { values: [1, 2, 4, 5], expected: { iqr: 2.5, range: 4, divided: true } },
    { values: [1, 3, 3, 5], expected: { iqr: 1, range: 4, divided: false } },
  ])('$values', ({ values, expected }) => {
    expect(spreadOf(summarise(values)!)).toEqual(expected);
  });
});

const r = (raterId: string | null, itemId: string, gain: number, effort: number): Rating => ({ raterId, itemId, gain, effort });
const RATINGS = [r('ana', 'a', 5, 1), r('ben', 'a', 4, 2), r('cleo', 'a', 5, 2), r(null, 'a', 1, 5), r('ana', 'b', 1, 5), r('ana', 'x', 3, 3)];

describe('countedRatings and assessShortlist', () => {
  it.each([
    ['everyone: the participants’ ratings', 'everyone', 5],
    ['the organiser: theirs only', 'organiser', 1],
  ] as const)('%s', (_name, ratedBy, count) => {
    expect(countedRatings(RATINGS, ratedBy)).toHaveLength(count);
  });

  const records = {
    shortlist: [
      { itemId: 'b', position: 1 },
      { itemId: 'a', position: 0 },
      { itemId: 'c', position: 2 },
    ],
    ratings: RATINGS,
    overrides: [{ itemId: 'b', quadrant: 'quick-win' as const }],
  };

  it('everyone rates: medians, spreads, quadrants and overrides, in the shortlist’s order', () => {
    const assessed = assessShortlist(records, 'everyone');
    expect(assessed.map((a) => [a.itemId, a.gain?.median ?? null, a.effort?.median ?? null, a.placed])).toEqual([
      ['a', 5, 2, { quadrant: 'quick-win', overridden: false }],
      ['b', 1, 5, { quadrant: 'quick-win', overridden: true }],
      ['c', null, null, null],
    ]);
    expect(assessed[0]!.gainSpread).toEqual({ iqr: 0.5, range: 1, divided: false });
  });

  it('the organiser rates: only their rating places the item', () => {
    expect(assessShortlist(records, 'organiser')[0]).toMatchObject({
      itemId: 'a',
      gain: { median: 1, count: 1 },
      placed: { quadrant: 'not-now', overridden: false },
    });
  });
});

describe('checkRating', () => {
  const assessment: Stage = { kind: 'plenary', step: 'assessment' };
  const vote: Stage = { kind: 'plenary', step: 'vote' };
  const base = { rater: 'participant', ratedBy: 'everyone', itemId: 'a', shortlist: ['a', 'b'], stage: assessment } as const;
  it.each<[string, { gain: number; effort: number } | null, Partial<Parameters<typeof checkRating>[1]>, string | null]>([
    ['a participant during the assessment', { gain: 4, effort: 2 }, {}, null],
    ['taking a rating back', null, {}, null],
    ['a participant during the vote', { gain: 4, effort: 2 }, { stage: vote }, 'wrong-step'],
    ['a participant when the organiser rates', { gain: 4, effort: 2 }, { ratedBy: 'organiser' }, 'not-a-rater'],
    ['the organiser when everyone rates', { gain: 4, effort: 2 }, { rater: 'organiser' }, 'not-a-rater'],
    ['the organiser, at another plenary step', { gain: 4, effort: 2 }, { rater: 'organiser', ratedBy: 'organiser', stage: vote }, null],
    ['the organiser after the café', { gain: 4, effort: 2 }, { rater: 'organiser', ratedBy: 'organiser', stage: { kind: 'closed' } }, 'wrong-step'],
    ['an item not shortlisted', { gain: 4, effort: 2 }, { itemId: 'z' }, 'not-shortlisted'],
    ['off the scale', { gain: 6, effort: 2 }, {}, 'bad-rating'],
    ['zero', { gain: 3, effort: 0 }, {}, 'bad-rating'],
    ['half a point', { gain: 3.5, effort: 2 }, {}, 'bad-rating'],
  ])('%s', (_name, rating, ctx, expected) => {
    expect(checkRating(rating, { ...base, ...ctx })).toBe(expected);
  });
});

describe('checkOverride', () => {
  it.each<[string, string | null, string, string | null]>([
    ['a quadrant for a shortlisted item', 'not-now', 'a', null],
    ['back to the medians', null, 'a', null],
    ['an unknown quadrant', 'someday', 'a', 'bad-quadrant'],
    ['an item not shortlisted', 'quick-win', 'z', 'not-shortlisted'],
  ])('%s', (_name, quadrant, itemId, expected) => {
    expect(checkOverride(quadrant, itemId, ['a'])).toBe(expected);
  });
});

describe('ratingsRevealed', () => {
  const plenary = (step: 'vote' | 'assessment' | 'actions' | 'open'): Stage => ({ kind: 'plenary', step });
  it.each([
    { name: 'everyone: hidden during the assessment', stage: plenary('assessment'), ratedBy: 'everyone', expected: false },
    { name: 'everyone: hidden before it', stage: plenary('vote'), ratedBy: 'everyone', expected: false },
    { name: 'everyone: shown at the action plan', stage: plenary('actions'), ratedBy: 'everyone', expected: true },
    { name: 'everyone: shown once the café is closed', stage: { kind: 'closed' }, ratedBy: 'everyone', expected: true },
    { name: 'everyone: hidden in an open plenary', stage: plenary('open'), ratedBy: 'everyone', expected: false },
    { name: 'organiser: shown as they go', stage: plenary('assessment'), ratedBy: 'organiser', expected: true },
  ] as const)('$name', ({ stage, ratedBy, expected }) => {
    expect(ratingsRevealed(stage, ratedBy)).toBe(expected);
  });
});
