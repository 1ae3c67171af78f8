import { describe, expect, it } from 'vitest';
import type { Stage, Timer } from '@/lib/domain/session-machine';
import type { NoteView, TableView } from '@/lib/realtime/contract';
import {
  isDefaultTableName,
  mergeDraft,
  myTurn,
  nameIn,
  phaseElapsedMs,
  recapVisible,
  rosterPresence,
  speakerTimer,
  tableAlert,
  tableLink,
} from './table-status';

const MIN = 60_000;
const NOW = 1_000_000;

const table = (change: Partial<TableView> = {}): TableView => ({
  tableId: 't1',
  tableSeq: 1,
  round: 1,
  roster: [
    { id: 'a', displayName: 'Amina' },
    { id: 'b', displayName: 'Bruno' },
  ],
  hostId: 'a',
  notesWritten: 0,
  notes: [],
  speaking: null,
  ideas: [],
  recap: [{ round: 0, ideas: [{ id: 'i1', text: 'Idea' }] }],
  recapClosed: false,
  ...change,
});
const running = (durationMs: number, leftMs: number): Timer => ({ status: 'running', endsAt: NOW + leftMs, durationMs });
const phase = (p: 'reflection' | 'sharing' | 'consolidation', round = 1): Stage => ({ kind: 'phase', round, phase: p });

describe('phaseElapsedMs', () => {
  it.each<[Timer, number]>([
    [running(5 * MIN, 4 * MIN), MIN],
    [{ status: 'paused', remainingMs: 2 * MIN, durationMs: 5 * MIN }, 3 * MIN],
    [running(MIN, -30_000), 90_000],
  ])('%j → %d', (timer, elapsed) => expect(phaseElapsedMs(timer, NOW)).toBe(elapsed));
});

describe('recapVisible', () => {
  it.each<[string, TableView, Stage, Timer | null, boolean]>([
    ['round 2, first minute', table(), phase('reflection'), running(5 * MIN, 4 * MIN), true],
    ['just before 3 minutes', table(), phase('reflection'), running(5 * MIN, 2 * MIN + 1), true],
    ['after 3 minutes', table(), phase('reflection'), running(5 * MIN, 2 * MIN - 1), false],
    ['round 1', table(), phase('reflection', 0), running(5 * MIN, 4 * MIN), false],
    ['closed by the host', table({ recapClosed: true }), phase('reflection'), running(5 * MIN, 4 * MIN), false],
    ['nothing to recap', table({ recap: [] }), phase('reflection'), running(5 * MIN, 4 * MIN), false],
    ['sharing', table(), phase('sharing'), running(5 * MIN, 4 * MIN), false],
  ])('%s: %s', (_name, view, stage, timer, visible) => expect(recapVisible(view, stage, timer, NOW)).toBe(visible));
});

describe('tableAlert', () => {
  const figures = (over: { seated?: number; notesWritten?: number; ideas?: number } = {}) => ({ seated: 4, notesWritten: 0, ideas: 0, ...over });
  it.each<[string, ReturnType<typeof figures>, Stage, Timer | null, string | null]>([
    ['reflection, early, nothing written', figures(), phase('reflection'), running(4 * MIN, 3 * MIN), null],
    ['reflection, late, nothing written', figures(), phase('reflection'), running(4 * MIN, MIN), 'no-notes'],
    ['reflection, late, notes written', figures({ notesWritten: 2 }), phase('reflection'), running(4 * MIN, MIN), null],
    ['reflection, late, nobody seated', figures({ seated: 0 }), phase('reflection'), running(4 * MIN, MIN), null],
    ['consolidation, late, no ideas', figures(), phase('consolidation'), running(4 * MIN, MIN), 'no-ideas'],
    ['consolidation, late, an idea', figures({ ideas: 1 }), phase('consolidation'), running(4 * MIN, MIN), null],
    ['sharing', figures(), phase('sharing'), running(4 * MIN, MIN), null],
    ['rotation', figures(), { kind: 'rotation', afterRound: 0 }, null, null],
  ])('%s', (_name, stats, stage, timer, alert) => expect(tableAlert(stats, stage, timer, NOW)).toBe(alert));
});

describe('speaking', () => {
  const speaking: TableView['speaking'] = {
    turns: [
      { participantId: 'a', status: 'done', skipped: false },
      { participantId: 'b', status: 'speaking', skipped: false },
      { participantId: 'c', status: 'waiting', skipped: false },
      { participantId: 'd', status: 'waiting', skipped: false },
    ],
    slotMs: 90_000,
    startedAt: NOW,
  };
  it.each([
    ['a', 'done'],
    ['b', 'speaking'],
    ['c', 'next'],
    ['d', 'waiting'],
    ['z', 'absent'],
  ])('%s is %s', (id, turn) => expect(myTurn(speaking, id)).toBe(turn));
  it('is absent without a queue', () => expect(myTurn(null, 'a')).toBe('absent'));
  it('times the speaker from their start', () => {
    expect(speakerTimer(speaking)).toEqual({ status: 'running', endsAt: NOW + 90_000, durationMs: 90_000 });
    expect(speakerTimer(null)).toBeNull();
    expect(speakerTimer(speaking && { ...speaking, startedAt: null })).toBeNull();
  });
});

describe('small helpers', () => {
  const notes: NoteView[] = ['one', 'two', 'three'].map((text, i) => ({ id: `n${i}`, text, authorId: null, authorName: null, plusOnes: 0 }));
  it('drafts a merge from the selected notes in list order', () => expect(mergeDraft(notes, new Set(['n2', 'n0']))).toBe('one\nthree'));
  it('clips a merge draft to the idea limit', () => {
    const long = [
      { ...notes[0]!, text: 'x'.repeat(300) },
      { ...notes[1]!, text: 'y'.repeat(300) },
    ];
    expect(mergeDraft(long, new Set(['n0', 'n1']))).toHaveLength(500);
  });
  it.each([
    ['http://10.0.0.2:3000/join/K7M2QP', 'http://10.0.0.2:3000/t/K7M2QP/3'],
    ['https://cafe.example/app/join/K7M2QP', 'https://cafe.example/app/t/K7M2QP/3'],
  ])('table link from %s', (joinUrl, link) => expect(tableLink(joinUrl, 'K7M2QP', 3)).toBe(link));
  it('names roster members', () => {
    expect(nameIn(table().roster, 'b')).toBe('Bruno');
    expect(nameIn(table().roster, 'z')).toBeNull();
  });
});

describe('isDefaultTableName', () => {
  it.each<[string, number, boolean]>([
    ['Table 3', 3, true],
    [' table 3 ', 3, true],
    ['Table 3', 4, false],
    ['Kitchen', 3, false],
  ])('%j at %d: %s', (name, number, expected) => expect(isDefaultTableName(name, number)).toBe(expected));
});

describe('rosterPresence', () => {
  const person = (id: string, here?: boolean) => ({ id, displayName: id.toUpperCase(), ...(here === undefined ? {} : { here }) });
  it.each<[string, ReturnType<typeof person>[], string[], string[]]>([
    ['nobody', [], [], []],
    ['no rotation applied: everyone is here', [person('a'), person('b')], ['a', 'b'], []],
    ['checked in and on the way', [person('h', true), person('a', false), person('b', true), person('c', false)], ['h', 'b'], ['a', 'c']],
    ['everyone still on the way', [person('a', false)], [], ['a']],
  ])('%s', (_name, roster, here, coming) => {
    const split = rosterPresence(roster);
    expect(split.here.map((p) => p.id)).toEqual(here);
    expect(split.coming.map((p) => p.id)).toEqual(coming);
  });
});
