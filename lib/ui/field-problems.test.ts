import { describe, expect, it } from 'vitest';
import { sessionDraftSchema } from '@/lib/realtime/contract';
import { fieldId, problemsByField, problemsFromServer, type FieldProblem } from './field-problems';

const valid = {
  title: 'T',
  purpose: '',
  language: 'en',
  anonymous: false,
  autoAdvance: false,
  rounds: [{ question: 'Q', reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 }],
  tables: [{ name: 'A', colour: 'red' }],
};

describe('problemsByField (from sessionDraftSchema)', () => {
  it.each<[string, object, Record<string, FieldProblem>]>([
    ['valid', {}, {}],
    ['empty title', { title: '  ' }, { title: { kind: 'required' } }],
    ['long title', { title: 'x'.repeat(121) }, { title: { kind: 'too-long', max: 120 } }],
    ['no rounds', { rounds: [] }, { rounds: { kind: 'too-few' } }],
    ['too many tables', { tables: Array.from({ length: 201 }, () => ({ name: 'A', colour: 'red' })) }, { tables: { kind: 'too-many', max: 200 } }],
    [
      'bad round',
      { rounds: [{ question: '', reflectionMs: Number.NaN, sharingMs: 5_000, consolidationMs: 60_000 }] },
      { 'rounds.0.question': { kind: 'required' }, 'rounds.0.reflectionMs': { kind: 'duration' }, 'rounds.0.sharingMs': { kind: 'duration' } },
    ],
    ['empty table name', { tables: [{ name: '', colour: 'red' }] }, { 'tables.0.name': { kind: 'required' } }],
    ['limits 4–8', { minPerTable: 4, maxPerTable: 8 }, {}],
    ['only a maximum', { minPerTable: null, maxPerTable: 6 }, {}],
    ['one per table', { minPerTable: 1 }, { minPerTable: { kind: 'per-table', min: 2, max: 30 } }],
    ['31 per table', { maxPerTable: 31 }, { maxPerTable: { kind: 'per-table', min: 2, max: 30 } }],
    [
      'not a whole number',
      { minPerTable: 4.5, maxPerTable: Number.NaN },
      { minPerTable: { kind: 'per-table', min: 2, max: 30 }, maxPerTable: { kind: 'per-table', min: 2, max: 30 } },
    ],
    ['maximum below the minimum', { minPerTable: 8, maxPerTable: 4 }, { maxPerTable: { kind: 'max-below-min' } }],
    [
      'maximum below the minimum, with another problem',
      { title: '', minPerTable: 8, maxPerTable: 4 },
      { title: { kind: 'required' }, maxPerTable: { kind: 'max-below-min' } },
    ],
    ['equal limits', { minPerTable: 5, maxPerTable: 5 }, {}],
  ])('%s', (_name, change, expected) => {
    const result = sessionDraftSchema.safeParse({ ...valid, ...change });
    expect(problemsByField(result.error?.issues ?? [])).toEqual(expected);
  });
});

describe('problemsFromServer', () => {
  it.each([
    [[{ path: ['draft', 'title'], message: 'Too long' }], { title: { kind: 'server', message: 'Too long' } }],
    [[{ path: ['draft', 'rounds', 1, 'question'], message: 'Empty' }], { 'rounds.1.question': { kind: 'server', message: 'Empty' } }],
    [[{ path: ['commandId'], message: 'Bad' }], { commandId: { kind: 'server', message: 'Bad' } }],
  ])('%j', (issues, expected) => expect(problemsFromServer(issues)).toEqual(expected));
});

describe('fieldId', () => {
  it.each([
    ['title', 'field-title'],
    ['rounds.0.question', 'field-rounds-0-question'],
  ])('%s → %s', (key, id) => expect(fieldId(key)).toBe(id));
});
