import { describe, expect, it } from 'vitest';
import type { Phase, Stage } from './session-machine';
import {
  canConsolidate,
  canSeeNote,
  canWriteNotes,
  inTableView,
  isShared,
  moveChangesTableViews,
  plusOnesShown,
  shownAuthor,
  tableViewStage,
  type NoteRef,
  type Viewer,
} from './visibility';

const lobby: Stage = { kind: 'lobby' };
const plenary: Stage = { kind: 'plenary', step: 'restitution', table: 0 };
const closed: Stage = { kind: 'closed' };
const phase = (round: number, p: Phase): Stage => ({ kind: 'phase', round, phase: p });
const rotation = (afterRound: number): Stage => ({ kind: 'rotation', afterRound });

/** A row of a grid below: 'x' yes, '.' no, one cell per column; a misaligned row is a test bug. */
const cellsOf = (row: string, columns: number, what: string): boolean[] => {
  const cells = row.split(' ');
  if (cells.length !== columns || cells.some((c) => c !== 'x' && c !== '.')) throw new Error(`${what}: bad row '${row}' for ${columns} columns`);
  return cells.map((c) => c === 'x');
};

/** Ana wrote the note at table t1; Ben and Hugo (its host) sit there too; t2 is another table. */
const NOTE_OF_ROUND = (round: number): NoteRef => ({ authorId: 'ana', tableId: 't1', round });

const VIEWERS = {
  author: { role: 'participant', participantId: 'ana', tableId: 't1' },
  'author, moved to another table': { role: 'participant', participantId: 'ana', tableId: 't2' },
  'author, not seated': { role: 'participant', participantId: 'ana', tableId: null },
  'author who hosts': { role: 'host', participantId: 'ana', tableId: 't1' },
  'same-table participant': { role: 'participant', participantId: 'ben', tableId: 't1' },
  'same-table host': { role: 'host', participantId: 'hugo', tableId: 't1' },
  'other-table participant': { role: 'participant', participantId: 'cleo', tableId: 't2' },
  'other-table host': { role: 'host', participantId: 'ivan', tableId: 't2' },
  'participant not seated': { role: 'participant', participantId: 'dan', tableId: null },
  organiser: { role: 'organiser' },
  screen: { role: 'screen' },
} as const satisfies Record<string, Viewer>;
type ViewerName = keyof typeof VIEWERS;

// ---------------------------------------------------------------- who sees the note, by stage

/** The columns of the grid below: a stage of a 2-round session, and the round of the note looked at. */
const COLUMNS: { name: string; stage: Stage; noteRound: number }[] = [
  { name: 'lobby', stage: lobby, noteRound: 0 },
  { name: 'round 0 reflection', stage: phase(0, 'reflection'), noteRound: 0 },
  { name: 'round 0 sharing', stage: phase(0, 'sharing'), noteRound: 0 },
  { name: 'round 0 consolidation', stage: phase(0, 'consolidation'), noteRound: 0 },
  { name: 'rotation after 0', stage: rotation(0), noteRound: 0 },
  { name: 'round 1 reflection, note of round 0', stage: phase(1, 'reflection'), noteRound: 0 },
  { name: 'round 1 reflection, note of round 1', stage: phase(1, 'reflection'), noteRound: 1 },
  { name: 'round 1 sharing, note of round 1', stage: phase(1, 'sharing'), noteRound: 1 },
  { name: 'round 1 consolidation, note of round 1', stage: phase(1, 'consolidation'), noteRound: 1 },
  { name: 'plenary, note of round 0', stage: plenary, noteRound: 0 },
  { name: 'plenary, note of round 1', stage: plenary, noteRound: 1 },
  { name: 'closed, note of round 0', stage: closed, noteRound: 0 },
  { name: 'closed, note of round 1', stage: closed, noteRound: 1 },
];

/** x sees the note, . does not; one column per entry of COLUMNS. */
const SEES: Record<ViewerName, string> = {
  //                                  lobby
  //                                  | r0 reflection
  //                                  | | r0 sharing
  //                                  | | | r0 consolidation
  //                                  | | | | rotation after 0
  //                                  | | | | | r1 reflection (note r0)
  //                                  | | | | | | r1 reflection (note r1)
  //                                  | | | | | | | r1 sharing (note r1)
  //                                  | | | | | | | | r1 consolidation (note r1)
  //                                  | | | | | | | | | plenary (r0, r1)
  //                                  | | | | | | | | | |   closed (r0, r1)
  author: 'x x x x x x x x x x x x x',
  'author, moved to another table': 'x x x x x x x x x x x x x',
  'author, not seated': 'x x x x x x x x x x x x x',
  'author who hosts': 'x x x x x x x x x x x x x',
  'same-table participant': '. . x x x x . x x x x x x',
  'same-table host': '. . x x x x . x x x x x x',
  'other-table participant': '. . . . . . . . . . . . .',
  'other-table host': '. . . . . . . . . . . . .',
  'participant not seated': '. . . . . . . . . . . . .',
  organiser: '. . x x x x . x x x x x x',
  screen: '. . . . . . . . . . . . .',
};

const GRID_CASES = (Object.keys(VIEWERS) as ViewerName[]).flatMap((viewerName) => {
  const cells = cellsOf(SEES[viewerName], COLUMNS.length, viewerName);
  return COLUMNS.map((column, i) => ({
    name: `${viewerName} · ${column.name}`,
    viewer: VIEWERS[viewerName] as Viewer,
    note: NOTE_OF_ROUND(column.noteRound),
    stage: column.stage,
    expected: cells[i],
  }));
});

describe('canSeeNote: every viewer at every stage', () => {
  it.each(GRID_CASES)('$name → $expected', ({ viewer, note, stage, expected }) => {
    expect(canSeeNote(viewer, note, stage)).toBe(expected);
  });
});

describe('isShared: from the round’s sharing on', () => {
  it.each<[string, number, Stage, boolean]>([
    ['lobby', 0, lobby, false],
    ['own round, reflection', 1, phase(1, 'reflection'), false],
    ['own round, sharing', 1, phase(1, 'sharing'), true],
    ['own round, consolidation', 1, phase(1, 'consolidation'), true],
    ['a later round, reflection', 0, phase(1, 'reflection'), true],
    ['an earlier round (a note from the future)', 2, phase(1, 'consolidation'), false],
    ['rotation right after its round', 1, rotation(1), true],
    ['rotation after a later round', 0, rotation(1), true],
    ['rotation before its round', 2, rotation(1), false],
    ['plenary, a table presenting', 2, plenary, true],
    ...(['workstreams', 'vote', 'assessment', 'actions', 'open'] as const).map((step): [string, number, Stage, boolean] => [
      `plenary, ${step}`,
      2,
      { kind: 'plenary', step },
      true,
    ]),
    ['closed', 2, closed, true],
  ])('%s', (_name, round, stage, expected) => {
    expect(isShared(round, stage)).toBe(expected);
  });
});

// ---------------------------------------------------------------- author names

describe('inTableView: what every seat of the table and the organiser may all see', () => {
  const tableSeat = cellsOf(SEES['same-table participant'], COLUMNS.length, 'table seat');
  const organiser = cellsOf(SEES.organiser, COLUMNS.length, 'organiser');
  it.each(COLUMNS.map((column, i) => ({ ...column, expected: tableSeat[i]! && organiser[i]! })))('$name → $expected', ({ stage, noteRound, expected }) => {
    expect(inTableView(NOTE_OF_ROUND(noteRound), stage)).toBe(expected);
  });
});

describe('shownAuthor: nobody is named in an anonymous session, the author included', () => {
  it.each([
    { anonymous: false, name: 'Ana', expected: { authorId: 'ana', authorName: 'Ana' } },
    { anonymous: true, name: 'Ana', expected: { authorId: null, authorName: null } },
    { anonymous: false, name: null, expected: { authorId: 'ana', authorName: null } },
  ])('anonymous: $anonymous, name $name', ({ anonymous, name, expected }) => {
    expect(shownAuthor({ id: 'ana', name }, anonymous)).toEqual(expected);
  });
});

describe('plusOnesShown: a count, never who', () => {
  it.each([
    { givers: [], expected: 0 },
    { givers: ['ana'], expected: 1 },
    { givers: ['ana', 'ben', 'cy'], expected: 3 },
  ])('$givers → $expected', ({ givers, expected }) => {
    expect(plusOnesShown(givers)).toBe(expected);
  });
});

// ---------------------------------------------------------------- writing and consolidating

/** Every stage of a 2-round session. */
const STAGES: [string, Stage][] = [
  ['lobby', lobby],
  ['round 0 reflection', phase(0, 'reflection')],
  ['round 0 sharing', phase(0, 'sharing')],
  ['round 0 consolidation', phase(0, 'consolidation')],
  ['rotation after 0', rotation(0)],
  ['round 1 reflection', phase(1, 'reflection')],
  ['round 1 sharing', phase(1, 'sharing')],
  ['round 1 consolidation', phase(1, 'consolidation')],
  ['plenary', plenary],
  ['closed', closed],
];

describe('canWriteNotes: only during a reflection', () => {
  const WRITES = '. x . . . x . . . .';
  const cells = cellsOf(WRITES, STAGES.length, 'writes');
  it.each(STAGES.map(([name, stage], i) => ({ name, stage, expected: cells[i] })))('$name → $expected', ({ stage, expected }) => {
    expect(canWriteNotes(stage)).toBe(expected);
  });
});

describe('canConsolidate: the host during consolidation, the organiser from the start to the close', () => {
  //                                                  lobby
  //                                                  | r0 reflection
  //                                                  | | r0 sharing
  //                                                  | | | r0 consolidation
  //                                                  | | | | rotation after 0
  //                                                  | | | | | r1 reflection
  //                                                  | | | | | | r1 sharing
  //                                                  | | | | | | | r1 consolidation
  //                                                  | | | | | | | | plenary
  //                                                  | | | | | | | | | closed
  const CONSOLIDATES: Record<Viewer['role'], string> = {
    participant: '. . . . . . . . . .',
    host: '. . . x . . . x . .',
    organiser: '. x x x x x x x x .',
    screen: '. . . . . . . . . .',
  };
  it.each(
    (Object.keys(CONSOLIDATES) as Viewer['role'][]).flatMap((role) => {
      const cells = cellsOf(CONSOLIDATES[role], STAGES.length, role);
      return STAGES.map(([name, stage], i) => ({ name: `${role} · ${name}`, role, stage, expected: cells[i] }));
    }),
  )('$name → $expected', ({ role, stage, expected }) => {
    expect(canConsolidate(role, stage)).toBe(expected);
  });
});

describe('moveChangesTableViews: a new round, or its notes shared', () => {
  // Rows: the stage moved from; columns: the stage moved to (the order of STAGES, a 2-round session).
  //                                                  lobby
  //                                                  | r0 reflection
  //                                                  | | r0 sharing
  //                                                  | | | r0 consolidation
  //                                                  | | | | rotation after 0
  //                                                  | | | | | r1 reflection
  //                                                  | | | | | | r1 sharing
  //                                                  | | | | | | | r1 consolidation
  //                                                  | | | | | | | | plenary
  //                                                  | | | | | | | | | closed
  const CHANGES: Record<string, string> = {
    lobby: /*                                      */ '. x x x x x x x x x',
    'round 0 reflection': /*                       */ 'x . x x x x x x x x',
    'round 0 sharing': /*                          */ 'x x . . . x x x x x',
    'round 0 consolidation': /*                    */ 'x x . . . x x x x x',
    'rotation after 0': /*                         */ 'x x . . . x x x x x',
    'round 1 reflection': /*                       */ 'x x x x x . x x x x',
    'round 1 sharing': /*                          */ 'x x x x x x . . . .',
    'round 1 consolidation': /*                    */ 'x x x x x x . . . .',
    plenary: /*                                    */ 'x x x x x x . . . .',
    closed: /*                                     */ 'x x x x x x . . . .',
  };
  it.each(
    STAGES.flatMap(([fromName, from]) => {
      const cells = cellsOf(CHANGES[fromName] ?? '', STAGES.length, fromName);
      return STAGES.map(([toName, to], i) => ({ name: `${fromName} → ${toName}`, from, to, expected: cells[i] }));
    }),
  )('$name → $expected', ({ from, to, expected }) => {
    expect(moveChangesTableViews(from, to, 2)).toBe(expected);
  });

  it('moves within the plenary change no table: its round is the last, its notes shared', () => {
    const presenting: Stage = { kind: 'plenary', step: 'restitution', table: 3 };
    const voting: Stage = { kind: 'plenary', step: 'vote' };
    expect(moveChangesTableViews(plenary, presenting, 2)).toBe(false);
    expect(moveChangesTableViews(presenting, voting, 2)).toBe(false);
  });
});

describe('tableViewStage: the round a table shows and whether its notes are shared', () => {
  it.each([
    { stage: lobby, round: null, shared: false },
    { stage: phase(0, 'reflection'), round: 0, shared: false },
    { stage: phase(0, 'sharing'), round: 0, shared: true },
    { stage: rotation(0), round: 0, shared: true },
    { stage: phase(1, 'reflection'), round: 1, shared: false },
    { stage: plenary, round: 1, shared: true },
    { stage: closed, round: 1, shared: true },
  ])('$stage.kind $stage.round $stage.phase → round $round, shared $shared', ({ stage, round, shared }) => {
    expect(tableViewStage(stage, 2)).toEqual({ round, shared });
  });
});
