import { describe, expect, it } from 'vitest';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import { sessionDraftSchema, type SessionDraft } from '@/lib/realtime/contract';
import { draftFromForm, emptyForm, formFromDraft, minutesToMs, moveItem, msToMinutes, resizeTables, type SessionForm } from './session-form';

describe('minutes ↔ ms', () => {
  it.each([
    ['3', 180_000],
    ['2.5', 150_000],
    ['2,5', 150_000],
    [' 10 ', 600_000],
    ['0.17', 10_200],
  ])('minutesToMs(%s) = %d', (minutes, ms) => expect(minutesToMs(minutes)).toBe(ms));

  it.each(['', 'abc', '  '])('minutesToMs(%j) is NaN', (minutes) => expect(minutesToMs(minutes)).toBeNaN());

  it.each([
    [180_000, '3'],
    [150_000, '2.5'],
    [10_000, '0.17'],
  ])('msToMinutes(%d) = %s', (ms, minutes) => expect(msToMinutes(ms)).toBe(minutes));
});

describe('resizeTables', () => {
  it.each([
    [0, 3, ['Table 1:red', 'Table 2:orange', 'Table 3:yellow']],
    [3, 1, ['Table 1:red']],
    [0, 0, []],
  ])('from %d to %d tables', (from, to, expected) => {
    const tables = resizeTables(resizeTables([], from), to);
    expect(tables.map((t) => `${t.name}:${t.colour}`)).toEqual(expected);
  });

  it('cycles the ten colours and keeps edited tables', () => {
    const edited = resizeTables([], 2).map((t, i) => (i === 0 ? { ...t, name: 'Kitchen', colour: 'blue' as const } : t));
    const tables = resizeTables(edited, 12);
    expect(tables[0]).toMatchObject({ name: 'Kitchen', colour: 'blue' });
    expect(tables[10]).toMatchObject({ name: 'Table 11', colour: 'red' });
    expect(new Set(tables.map((t) => t.key)).size).toBe(12);
  });
});

describe('moveItem', () => {
  it.each([
    [1, -1, ['b', 'a', 'c']],
    [0, 1, ['b', 'a', 'c']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, 1, ['a', 'b', 'c']],
  ])('item %d by %d', (index, delta, expected) => expect(moveItem(['a', 'b', 'c'], index, delta)).toEqual(expected));
});

describe('form ↔ draft', () => {
  const draft: SessionDraft = {
    title: 'Futur du travail',
    purpose: '',
    language: 'fr',
    anonymous: true,
    autoAdvance: false,
    rounds: [{ question: 'Quoi ?', reflectionMs: 120_000, sharingMs: 600_000, consolidationMs: 420_000 }],
    tables: [{ name: 'A', colour: 'teal' }],
    speakingTurnMs: null,
    minPerTable: null,
    maxPerTable: null,
    plenary: { ...DEFAULT_PLENARY, steps: ['restitution', 'vote'], voteOn: 'ideas', dotsPerPerson: 3 },
  };

  it.each([null, 15_000, 90_000, 1_800_000])('round-trips a draft with speakingTurnMs %j', (speakingTurnMs) => {
    const withSlot = { ...draft, speakingTurnMs };
    expect(draftFromForm(formFromDraft(withSlot))).toEqual(withSlot);
  });

  it.each<[SessionForm['speakingTurn'], string, number | null, boolean]>([
    ['split', 'whatever', null, true],
    ['fixed', '2', 120_000, true],
    ['fixed', '1,5', 90_000, true],
    ['fixed', '0.25', 15_000, true],
    ['fixed', '0.2', 12_000, false],
    ['fixed', '31', 1_860_000, false],
  ])('speaking slot %s %j → %j (valid: %s)', (speakingTurn, speakingMinutes, ms, valid) => {
    const form = { ...formFromDraft(draft), speakingTurn, speakingMinutes };
    const out = draftFromForm(form);
    expect(out.speakingTurnMs).toBe(ms);
    expect(sessionDraftSchema.safeParse(out).success).toBe(valid);
  });

  it.each<[string, string, number | null, number | null, boolean]>([
    ['', '', null, null, true],
    ['4', '8', 4, 8, true],
    [' 4 ', '', 4, null, true],
    ['', '6', null, 6, true],
    ['8', '4', 8, 4, false],
    ['1', '', 1, null, false],
    ['', '31', null, 31, false],
    ['4.5', '', Number.NaN, null, false],
    ['four', '', Number.NaN, null, false],
  ])('per table %j–%j → %j–%j (valid: %s)', (minPerTable, maxPerTable, min, max, valid) => {
    const out = draftFromForm({ ...formFromDraft(draft), minPerTable, maxPerTable });
    expect([out.minPerTable, out.maxPerTable]).toEqual([min, max]);
    expect(sessionDraftSchema.safeParse(out).success).toBe(valid);
  });

  it('round-trips the per-table limits', () => {
    const limited = { ...draft, minPerTable: 4, maxPerTable: 8 };
    expect(draftFromForm(formFromDraft(limited))).toEqual(limited);
  });

  it('a fixed slot left empty is invalid', () => {
    const out = draftFromForm({ ...formFromDraft(draft), speakingTurn: 'fixed', speakingMinutes: '' });
    expect(sessionDraftSchema.safeParse(out).success).toBe(false);
  });

  it('starts with defaults that only need a title and a question', () => {
    const form = emptyForm('en');
    expect(sessionDraftSchema.safeParse(draftFromForm(form)).success).toBe(false);
    const filled = { ...form, title: 'T', rounds: form.rounds.map((r) => ({ ...r, question: 'Q?' })) };
    const parsed = sessionDraftSchema.safeParse(draftFromForm(filled));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.rounds[0]).toEqual({ question: 'Q?', reflectionMs: 180_000, sharingMs: 600_000, consolidationMs: 420_000 });
    expect(parsed.data?.tables).toHaveLength(4);
    expect(parsed.data?.speakingTurnMs).toBeNull();
  });
});
