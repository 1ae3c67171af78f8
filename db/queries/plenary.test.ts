import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { DEFAULT_PLENARY, type PlenaryProgramme, type PlenaryRecords } from '@/lib/domain/plenary/plenary-types';
import { upsertAction } from '@/lib/domain/plenary/actions';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { insertIdea } from './ideas';
import { insertParticipant } from './participants';
import { deleteAction, nextActionCode, saveAction } from './plenary-actions';
import { replaceShortlist, setOrganiserRating, setQuadrantOverride, setRating } from './plenary-assessment';
import { forgetItems, loadPlenaryRecords, replacePlenaryRecords, sessionIdeaIds } from './plenary-records';
import { getPlenaryState, setPresentedIdea, setVoteStatus } from './plenary-state';
import { applyVoteChanges, countFullVoters, loadAllocation, setVoteDots } from './plenary-votes';
import { mergeWorkstreams } from '@/lib/domain/plenary/workstreams';
import { deleteWorkstreams, saveMerge, savePlacements, saveWorkstreams } from './plenary-workstreams';
import { deleteSession, getSessionRow, insertSession, loadConfig, loadPlan, updateSessionDraft } from './sessions';

let dir: string;
let db: Db;
const S = 's1';

/** A session with 3 tables, 3 people (ana, ben, cleo) and 4 ideas (i1–i4 over two tables and two rounds). */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tournee-plenary-'));
  db = openDatabase(join(dir, 'test.db'));
  migrateDatabase(db);
  db.transaction((tx) => {
    insertSession(tx, { id: S, code: 'ABCDEF', screenKey: 'screen' }, makeDraft(), 0);
    for (const id of ['ana', 'ben', 'cleo']) insertParticipant(tx, { id, sessionId: S, tokenHash: `hash-${id}`, displayName: id, joinedAt: 0 });
    const idea = (id: string, round: number, table: number, position: number) =>
      insertIdea(tx, { id, sessionId: S, roundIndex: round, tableId: `${S}:t${table}`, text: id, position, createdAt: 0, updatedAt: 0 }, []);
    idea('i3', 1, 1, 0);
    idea('i2', 0, 2, 0);
    idea('i1', 0, 1, 0);
    idea('i4', 1, 1, 1);
  });
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => (db.$client.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

/** Every kind of record, with a "same as", an organiser's rating and a dated and a horizon action. */
const FULL: PlenaryRecords = {
  workstreams: [
    { id: 'w-mob', name: 'Mobility', position: 0 },
    { id: 'w-food', name: 'Food', position: 1 },
  ],
  placements: [
    { ideaId: 'i1', workstreamId: 'w-mob', sameAsId: null },
    { ideaId: 'i2', workstreamId: 'w-food', sameAsId: null },
    { ideaId: 'i3', workstreamId: 'w-mob', sameAsId: 'i1' },
  ],
  votes: [
    { participantId: 'ana', itemId: 'w-food', dots: 1 },
    { participantId: 'ana', itemId: 'w-mob', dots: 2 },
    { participantId: 'ben', itemId: 'w-mob', dots: 1 },
  ],
  voteStatus: 'closed',
  shortlist: [
    { itemId: 'w-mob', position: 0 },
    { itemId: 'w-food', position: 1 },
  ],
  ratings: [
    { raterId: 'ana', itemId: 'w-food', gain: 2, effort: 4 },
    { raterId: 'ana', itemId: 'w-mob', gain: 5, effort: 2 },
    { raterId: 'ben', itemId: 'w-mob', gain: 4, effort: 3 },
    { raterId: null, itemId: 'w-mob', gain: 3, effort: 3 },
  ],
  overrides: [{ itemId: 'w-food', quadrant: 'not-now' }],
  actions: [
    { itemId: 'w-mob', code: 'A-01', owner: 'Claire', deadline: '2027-03-31', horizon: null, objective: '3 bike shelters', status: 'agreed', position: 0 },
    { itemId: 'w-food', code: 'A-03', owner: '', deadline: null, horizon: 'long', objective: '', status: 'proposed', position: 1 },
  ],
};

describe('plenary records', () => {
  it('a new session has none, and the vote not started', () => {
    expect(loadPlenaryRecords(db, S)).toEqual({
      workstreams: [],
      placements: [],
      votes: [],
      voteStatus: 'not-started',
      shortlist: [],
      ratings: [],
      overrides: [],
      actions: [],
    });
    expect(getPlenaryState(db, S)).toEqual({ presentedIdeaId: null, voteStatus: 'not-started', lastActionNumber: 0 });
  });

  it('save and load without loss', () => {
    db.transaction((tx) => replacePlenaryRecords(tx, S, FULL, 3));
    expect(loadPlenaryRecords(db, S)).toEqual(FULL);
    expect(getPlenaryState(db, S).lastActionNumber).toBe(3);
  });

  it('replacing records replaces them all', () => {
    db.transaction((tx) => replacePlenaryRecords(tx, S, FULL, 3));
    const smaller: PlenaryRecords = { ...FULL, votes: [], ratings: [], actions: [], overrides: [], voteStatus: 'open' };
    db.transaction((tx) => replacePlenaryRecords(tx, S, smaller, 3));
    expect(loadPlenaryRecords(db, S)).toEqual(smaller);
  });

  it('the session’s ideas in the café’s order: round, table, position', () => {
    expect(sessionIdeaIds(db, S)).toEqual(['i1', 'i2', 'i3', 'i4']);
  });

  it('deleting a participant takes their votes and ratings; deleting the session takes everything', () => {
    db.transaction((tx) => replacePlenaryRecords(tx, S, FULL, 3));
    db.$client.prepare("delete from participants where id = 'ana'").run();
    const records = loadPlenaryRecords(db, S);
    expect(records.votes).toEqual([{ participantId: 'ben', itemId: 'w-mob', dots: 1 }]);
    expect(records.ratings.map((r) => r.raterId)).toEqual(['ben', null]);
    db.transaction((tx) => deleteSession(tx, S));
    for (const table of [
      'workstreams',
      'idea_placements',
      'plenary_votes',
      'shortlist_items',
      'item_ratings',
      'organiser_ratings',
      'quadrant_overrides',
      'plenary_actions',
      'plenary_states',
      'plenary_programmes',
    ])
      expect(count(table), table).toBe(0);
  });
});

describe('plenary state', () => {
  it('the presented idea and the vote status, each written alone', () => {
    db.transaction((tx) => setPresentedIdea(tx, S, 'i2'));
    db.transaction((tx) => setVoteStatus(tx, S, 'open'));
    expect(getPlenaryState(db, S)).toEqual({ presentedIdeaId: 'i2', voteStatus: 'open', lastActionNumber: 0 });
    db.transaction((tx) => setPresentedIdea(tx, S, null));
    expect(getPlenaryState(db, S)).toEqual({ presentedIdeaId: null, voteStatus: 'open', lastActionNumber: 0 });
  });

  it('a deleted idea is no longer presented', () => {
    db.transaction((tx) => setPresentedIdea(tx, S, 'i2'));
    db.$client.prepare("delete from ideas where id = 'i2'").run();
    expect(getPlenaryState(db, S).presentedIdeaId).toBeNull();
  });
});

describe('votes (prepared statements)', () => {
  it('a dot set twice is stored once; 0 takes it back', () => {
    db.transaction(() => {
      setVoteDots(db, S, 'ana', 'w-mob', 2);
      setVoteDots(db, S, 'ana', 'w-mob', 2);
      setVoteDots(db, S, 'ana', 'w-food', 1);
    });
    expect(count('plenary_votes')).toBe(2);
    expect(loadAllocation(db, 'ana')).toEqual({ 'w-mob': 2, 'w-food': 1 });
    db.transaction(() => setVoteDots(db, S, 'ana', 'w-food', 0));
    expect(loadAllocation(db, 'ana')).toEqual({ 'w-mob': 2 });
  });

  it('a moved dot: both rows change in one transaction, or neither', () => {
    db.transaction(() => setVoteDots(db, S, 'ana', 'w-mob', 2));
    expect(() =>
      db.transaction(() => {
        applyVoteChanges(db, S, 'ana', [
          { itemId: 'w-mob', dots: 1 },
          { itemId: 'w-food', dots: 1 },
        ]);
        throw new Error('refused after the writes');
      }),
    ).toThrow('refused after the writes');
    expect(loadAllocation(db, 'ana')).toEqual({ 'w-mob': 2 });
  });

  it('counts the people who placed all their dots on the items that exist', () => {
    db.transaction(() => {
      applyVoteChanges(db, S, 'ana', [
        { itemId: 'w-mob', dots: 2 },
        { itemId: 'w-food', dots: 2 },
      ]);
      applyVoteChanges(db, S, 'ben', [
        { itemId: 'w-mob', dots: 2 },
        { itemId: 'gone', dots: 2 },
      ]);
      applyVoteChanges(db, S, 'cleo', [{ itemId: 'w-food', dots: 1 }]);
    });
    expect(countFullVoters(db, S, ['w-mob', 'w-food'], 4)).toBe(1);
    expect(countFullVoters(db, S, ['w-mob', 'w-food', 'gone'], 4)).toBe(2);
    expect(countFullVoters(db, S, ['w-mob', 'w-food'], 1)).toBe(3);
    expect(countFullVoters(db, S, [], 4)).toBe(0);
  });
});

describe('assessment', () => {
  it('ratings upserted and taken back; the organiser’s apart; shortlist and overrides', () => {
    db.transaction((tx) => {
      setRating(db, S, 'ana', 'w-mob', { gain: 5, effort: 2 });
      setRating(db, S, 'ana', 'w-mob', { gain: 4, effort: 2 });
      setRating(db, S, 'ben', 'w-mob', { gain: 3, effort: 1 });
      setRating(db, S, 'ben', 'w-mob', null);
      setOrganiserRating(tx, S, 'w-mob', { gain: 2, effort: 5 });
      setOrganiserRating(tx, S, 'w-mob', { gain: 3, effort: 5 });
      replaceShortlist(tx, S, [
        { itemId: 'w-food', position: 0 },
        { itemId: 'w-mob', position: 1 },
      ]);
      setQuadrantOverride(tx, S, 'w-mob', 'quick-win');
      setQuadrantOverride(tx, S, 'w-mob', 'must-have');
      setQuadrantOverride(tx, S, 'w-food', 'not-now');
      setQuadrantOverride(tx, S, 'w-food', null);
    });
    const records = loadPlenaryRecords(db, S);
    expect(records.ratings).toEqual([
      { raterId: 'ana', itemId: 'w-mob', gain: 4, effort: 2 },
      { raterId: null, itemId: 'w-mob', gain: 3, effort: 5 },
    ]);
    expect(records.shortlist.map((s) => s.itemId)).toEqual(['w-food', 'w-mob']);
    expect(records.overrides).toEqual([{ itemId: 'w-mob', quadrant: 'must-have' }]);
    db.transaction((tx) => setOrganiserRating(tx, S, 'w-mob', null));
    expect(loadPlenaryRecords(db, S).ratings).toHaveLength(1);
  });
});

describe('workstreams and placements', () => {
  it('deleting a workstream unplaces its ideas and forgets it as an item', () => {
    db.transaction((tx) => replacePlenaryRecords(tx, S, FULL, 3));
    const deleted = db.transaction((tx) => deleteWorkstreams(tx, S, ['w-mob', 'w-ghost']));
    expect(deleted).toEqual(['w-mob']);
    const records = loadPlenaryRecords(db, S);
    expect(records.workstreams.map((w) => w.id)).toEqual(['w-food']);
    expect(records.placements).toEqual([
      { ideaId: 'i1', workstreamId: null, sameAsId: null },
      { ideaId: 'i2', workstreamId: 'w-food', sameAsId: null },
      { ideaId: 'i3', workstreamId: null, sameAsId: 'i1' },
    ]);
    expect(records.votes.map((v) => v.itemId)).toEqual(['w-food']);
    expect(records.shortlist.map((v) => v.itemId)).toEqual(['w-food']);
    expect(records.ratings.map((r) => r.itemId)).toEqual(['w-food']);
    expect(records.actions.map((a) => a.code)).toEqual(['A-03']);
  });

  it('saves renames, new orders and placements as whole rows', () => {
    db.transaction((tx) => {
      saveWorkstreams(tx, S, [{ id: 'w1', name: 'Vélo', position: 0 }]);
      saveWorkstreams(tx, S, [
        { id: 'w1', name: 'Vélo et marche', position: 1 },
        { id: 'w2', name: 'Bus', position: 0 },
      ]);
      savePlacements(tx, S, [{ ideaId: 'i1', workstreamId: 'w1', sameAsId: null }]);
      savePlacements(tx, S, [
        { ideaId: 'i1', workstreamId: 'w2', sameAsId: null },
        { ideaId: 'i4', workstreamId: 'w2', sameAsId: 'i1' },
      ]);
    });
    const records = loadPlenaryRecords(db, S);
    expect(records.workstreams).toEqual([
      { id: 'w2', name: 'Bus', position: 0 },
      { id: 'w1', name: 'Vélo et marche', position: 1 },
    ]);
    expect(records.placements).toEqual([
      { ideaId: 'i1', workstreamId: 'w2', sameAsId: null },
      { ideaId: 'i4', workstreamId: 'w2', sameAsId: 'i1' },
    ]);
  });

  it('a merge moves the ideas, then deletes the merged workstream and forgets it as an item', () => {
    db.transaction((tx) => replacePlenaryRecords(tx, S, FULL, 3));
    const merge = mergeWorkstreams(loadPlenaryRecords(db, S), ['w-mob'], 'w-food');
    if (!merge.ok) throw new Error(merge.code);
    db.transaction((tx) => saveMerge(tx, S, merge));
    const records = loadPlenaryRecords(db, S);
    expect(records.workstreams.map((w) => w.id)).toEqual(['w-food']);
    expect(records.placements).toEqual([
      { ideaId: 'i1', workstreamId: 'w-food', sameAsId: null },
      { ideaId: 'i2', workstreamId: 'w-food', sameAsId: null },
      { ideaId: 'i3', workstreamId: 'w-food', sameAsId: 'i1' },
    ]);
    expect(records.votes).toEqual([{ participantId: 'ana', itemId: 'w-food', dots: 1 }]);
  });

  it('forgetting no item changes nothing', () => {
    db.transaction((tx) => replacePlenaryRecords(tx, S, FULL, 3));
    db.transaction((tx) => forgetItems(tx, S, []));
    expect(loadPlenaryRecords(db, S)).toEqual(FULL);
  });
});

describe('actions', () => {
  const fields = { owner: 'Claire', deadline: null, horizon: 'short', objective: 'Shelters', status: 'proposed' };
  it('codes are stable and never handed out twice, even after a deletion', () => {
    const plan = (itemId: string) => {
      const records = loadPlenaryRecords(db, S);
      const result = upsertAction(records.actions, ['w1', 'w2', 'w3'], getPlenaryState(db, S).lastActionNumber, itemId, fields);
      if (!result.ok) throw new Error(result.code);
      db.transaction((tx) => saveAction(tx, S, result.action, result.lastNumber));
      return result.action.code;
    };
    expect(nextActionCode(db, S)).toBe('A-01');
    expect(plan('w1')).toBe('A-01');
    expect(plan('w2')).toBe('A-02');
    expect(plan('w1')).toBe('A-01');
    db.transaction((tx) => deleteAction(tx, S, 'w2'));
    expect(nextActionCode(db, S)).toBe('A-03');
    expect(plan('w3')).toBe('A-03');
    expect(plan('w2')).toBe('A-04');
  });
});

describe('the programme in the session draft', () => {
  const custom: PlenaryProgramme = {
    steps: ['restitution', 'vote', 'actions'],
    restitutionSlotMs: 120_000,
    stepDurationsMs: { workstreams: null, vote: 300_000, assessment: null, actions: 900_000 },
    dotsPerPerson: 3,
    maxDotsPerItem: 1,
    voteOn: 'ideas',
    ratedBy: 'organiser',
    shortlistSize: 4,
  };

  it('is stored with the session and loaded with its config and its plan', () => {
    const row = getSessionRow(db, S)!;
    expect(loadConfig(db, row).plenary).toEqual(DEFAULT_PLENARY);
    db.transaction((tx) => updateSessionDraft(tx, S, makeDraft({ plenary: custom }), 1));
    const updated = getSessionRow(db, S)!;
    expect(loadConfig(db, updated).plenary).toEqual(custom);
    expect(loadPlan(db, updated)).toMatchObject({ plenary: custom, tableCount: 3 });
  });

  it('a new session stores its own programme', () => {
    db.transaction((tx) =>
      insertSession(tx, { id: 's2', code: 'GHIJKL', screenKey: 'screen-2' }, makeDraft({ plenary: custom, tables: [{ name: 'A', colour: 'red' }] }), 0),
    );
    const row = getSessionRow(db, 's2')!;
    expect(loadConfig(db, row).plenary).toEqual(custom);
    expect(loadPlan(db, row).tableCount).toBe(1);
  });
});
