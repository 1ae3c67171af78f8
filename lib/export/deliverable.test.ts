import { describe, expect, it } from 'vitest';
import { cafeRecordSchema, type CafeRecord } from './cafe-record';
import { buildDeliverable } from './deliverable';
import type { Deliverable } from './deliverable-types';
import { claimsCafe } from './fixtures/claims-cafe';
import { CLAIMS_PEOPLE } from './fixtures/claims-cafe-content';
import { tinyCafe, type TinySpec } from './fixtures/tiny-cafe';

/** Builds the model of a tiny café, after checking the record is valid (a test on an invalid record proves nothing). */
function model(spec: TinySpec, timeZone?: string): Deliverable {
  const record = cafeRecordSchema.parse(tinyCafe(spec));
  return buildDeliverable(record, { timeZone });
}

const vote = (participantId: string, itemId: string, dots: number) => ({ participantId, itemId, dots });
const ideasABCD: TinySpec['ideas'] = [
  { id: 'a', table: 1, text: 'Idea A', notes: ['note a1', 'note a2'], plusOnes: ['p1', 'p2'] },
  { id: 'b', table: 2, text: 'Idea B', notes: ['note b1'] },
  { id: 'c', table: 1, text: 'Idea C' },
  { id: 'd', table: 2, text: 'Idea D' },
];

const rows = (m: Deliverable) => m.backlog.map((r) => [r.ref, r.kind, r.texts.join(' + '), r.vote?.dots ?? null, r.vote?.rank ?? null, r.vote?.tied ?? null]);

describe('buildDeliverable: the backlog and the vote', () => {
  it.each<{ name: string; spec: TinySpec; expected: unknown[][] }>([
    {
      name: 'no plenary: every idea stands on its own, in reading order',
      spec: { ideas: ideasABCD },
      expected: [
        ['Q1-T1-1', 'idea', 'Idea A', null, null, null],
        ['Q1-T1-2', 'idea', 'Idea C', null, null, null],
        ['Q1-T2-1', 'idea', 'Idea B', null, null, null],
        ['Q1-T2-2', 'idea', 'Idea D', null, null, null],
      ],
    },
    {
      name: 'votes on ideas: ties share a rank, an idea without votes is still there',
      spec: { ideas: ideasABCD, plenary: { voteStatus: 'closed', votes: [vote('p1', 'b', 2), vote('p2', 'c', 2), vote('p3', 'a', 1)] } },
      expected: [
        ['Q1-T1-2', 'idea', 'Idea C', 2, 1, true],
        ['Q1-T2-1', 'idea', 'Idea B', 2, 1, true],
        ['Q1-T1-1', 'idea', 'Idea A', 1, 3, false],
        ['Q1-T2-2', 'idea', 'Idea D', 0, 4, false],
      ],
    },
    {
      name: 'votes on workstreams: one row per workstream, then the ideas in none',
      spec: {
        voteOn: 'workstreams',
        ideas: ideasABCD,
        plenary: {
          workstreams: [
            { id: 'w1', name: 'Onboarding', position: 0 },
            { id: 'w2', name: 'Billing', position: 1 },
          ],
          placements: [
            { ideaId: 'a', workstreamId: 'w1', sameAsId: null },
            { ideaId: 'b', workstreamId: 'w1', sameAsId: null },
            { ideaId: 'c', workstreamId: 'w2', sameAsId: null },
          ],
          voteStatus: 'closed',
          votes: [vote('p1', 'w2', 3), vote('p2', 'w1', 1)],
        },
      },
      expected: [
        ['W2', 'workstream', 'Idea C', 3, 1, false],
        ['W1', 'workstream', 'Idea A + Idea B', 1, 2, false],
        ['Q1-T2-2', 'idea', 'Idea D', null, null, null],
      ],
    },
    {
      name: 'ideas marked "the same": one item, both texts, the votes of both',
      spec: {
        ideas: ideasABCD,
        plenary: {
          placements: [{ ideaId: 'b', workstreamId: null, sameAsId: 'a' }],
          voteStatus: 'closed',
          votes: [vote('p1', 'b', 2), vote('p2', 'a', 1), vote('p3', 'c', 2)],
        },
      },
      expected: [
        ['Q1-T1-1', 'idea', 'Idea A + Idea B', 3, 1, false],
        ['Q1-T1-2', 'idea', 'Idea C', 2, 2, false],
        ['Q1-T2-2', 'idea', 'Idea D', 0, 3, false],
      ],
    },
    {
      name: 'a vote opened where nobody voted: every item ranked first, tied',
      spec: { ideas: ideasABCD.slice(0, 2), plenary: { voteStatus: 'open' } },
      expected: [
        ['Q1-T1-1', 'idea', 'Idea A', 0, 1, true],
        ['Q1-T2-1', 'idea', 'Idea B', 0, 1, true],
      ],
    },
  ])('$name', ({ spec, expected }) => {
    expect(rows(model(spec))).toEqual(expected);
  });

  it('gives a merged item the tables, notes and +1s of both ideas (each person once)', () => {
    const m = model({
      ideas: [
        { id: 'a', table: 1, text: 'Idea A', notes: ['note a1'], plusOnes: ['p1', 'p2'] },
        { id: 'b', table: 2, text: 'Idea B', notes: ['note b1', 'note b2'], plusOnes: ['p2', 'p3'] },
      ],
      plenary: { placements: [{ ideaId: 'b', workstreamId: null, sameAsId: 'a' }] },
    });
    expect(m.backlog).toHaveLength(1);
    expect(m.backlog[0]).toMatchObject({
      tables: [{ name: 'Alpha' }, { name: 'Beta' }],
      sourceNotes: { count: 3, texts: ['note a1', 'note b1', 'note b2'] },
      plusOnes: 3,
    });
    const [entry] = m.questions[0]!.groups[0]!.ideas;
    expect(entry).toMatchObject({
      text: 'Idea A',
      tables: [{ name: 'Alpha' }, { name: 'Beta' }],
      variants: [{ ref: 'Q1-T2-1', text: 'Idea B', table: { name: 'Beta' } }],
      plusOnes: 3,
    });
  });
});

describe('buildDeliverable: the questions', () => {
  it('groups each question’s ideas by workstream, ideas in none last, every idea kept', () => {
    const m = model({
      rounds: ['What hurts?', 'What would help?'],
      voteOn: 'workstreams',
      ideas: [
        { id: 'a', table: 1, text: 'Slow answers' },
        { id: 'b', table: 2, text: 'Lost files' },
        { id: 'c', table: 1, round: 1, text: 'One contact', plusOnes: ['p1'] },
        { id: 'd', table: 2, round: 1, text: 'A tracker' },
      ],
      plenary: {
        workstreams: [
          { id: 'w1', name: 'Contact', position: 1 },
          { id: 'w2', name: 'Tools', position: 0 },
        ],
        placements: [
          { ideaId: 'c', workstreamId: 'w1', sameAsId: null },
          { ideaId: 'd', workstreamId: 'w2', sameAsId: null },
          { ideaId: 'a', workstreamId: 'w1', sameAsId: null },
        ],
        voteStatus: 'closed',
        votes: [vote('p1', 'w1', 2)],
      },
    });
    const shape = m.questions.map((q) => [
      q.number,
      q.question,
      q.groups.map((g) => [g.workstream?.name ?? null, g.workstream?.vote?.dots ?? null, g.ideas.map((i) => i.text)]),
    ]);
    expect(shape).toEqual([
      [
        1,
        'What hurts?',
        [
          ['Contact', 2, ['Slow answers']],
          [null, null, ['Lost files']],
        ],
      ],
      [
        2,
        'What would help?',
        [
          ['Tools', 0, ['A tracker']],
          ['Contact', 2, ['One contact']],
        ],
      ],
    ]);
    expect(m.workstreams.map((w) => [w.name, w.ref, w.ideas, w.vote?.rank])).toEqual([
      ['Contact', 'W2', 2, 1],
      ['Tools', 'W1', 1, 2],
    ]);
  });

  it('ranks workstreams by their ideas’ dots when the vote was on ideas, ties as ties', () => {
    const m = model({
      ideas: ideasABCD,
      plenary: {
        workstreams: [
          { id: 'w1', name: 'One', position: 0 },
          { id: 'w2', name: 'Two', position: 1 },
        ],
        placements: [
          { ideaId: 'a', workstreamId: 'w1', sameAsId: null },
          { ideaId: 'b', workstreamId: 'w1', sameAsId: null },
          { ideaId: 'c', workstreamId: 'w2', sameAsId: null },
        ],
        voteStatus: 'closed',
        votes: [vote('p1', 'a', 1), vote('p1', 'b', 1), vote('p2', 'c', 2)],
      },
    });
    expect(m.workstreams.map((w) => [w.name, w.vote])).toEqual([
      ['One', { dots: 2, voters: 1, rank: 1, tied: true }],
      ['Two', { dots: 2, voters: 1, rank: 1, tied: true }],
    ]);
  });
});

describe('buildDeliverable: effort × gain and the action plan', () => {
  const spec: TinySpec = {
    ideas: ideasABCD,
    plenary: {
      voteStatus: 'closed',
      votes: [vote('p1', 'a', 1)],
      shortlist: [
        { itemId: 'c', position: 0 },
        { itemId: 'a', position: 1 },
        { itemId: 'b', position: 2 },
      ],
      ratings: [
        { raterId: 'p1', itemId: 'a', gain: 5, effort: 1 },
        { raterId: 'p2', itemId: 'a', gain: 4, effort: 2 },
        { raterId: null, itemId: 'c', gain: 2, effort: 5 },
      ],
      overrides: [
        { itemId: 'c', quadrant: 'must-have' },
        { itemId: 'd', quadrant: 'not-now' },
      ],
      actions: [
        { itemId: 'c', code: 'A-02', owner: 'Head of sales', deadline: null, horizon: 'long', objective: 'Later', status: 'proposed', position: 1 },
        { itemId: 'a', code: 'A-01', owner: 'IT lead', deadline: '2025-09-30', horizon: 'short', objective: 'Live in Q3', status: 'agreed', position: 0 },
      ],
    },
  };

  it('places rated and overridden items, shortlist first; an unrated item is not on the matrix', () => {
    const m = model(spec);
    expect(m.matrix.map((p) => [p.number, p.label, p.quadrant, p.overridden, p.gain?.median ?? null, p.effort?.median ?? null, p.shortlisted])).toEqual([
      [1, 'Idea C', 'must-have', true, 2, 5, true],
      [2, 'Idea A', 'quick-win', false, 4.5, 1.5, true],
      [3, 'Idea D', 'not-now', true, null, null, false],
    ]);
    expect(m.backlog.find((r) => r.texts[0] === 'Idea B')?.assessment).toEqual({ gain: null, effort: null, quadrant: null, overridden: false });
  });

  it('lists actions in roadmap order and carries them into the backlog', () => {
    const m = model(spec);
    expect(m.actions.map((a) => [a.code, a.ref, a.item, a.owner, a.deadline, a.horizon, a.status])).toEqual([
      ['A-01', 'Q1-T1-1', 'Idea A', 'IT lead', '2025-09-30', 'short', 'agreed'],
      ['A-02', 'Q1-T1-2', 'Idea C', 'Head of sales', null, 'long', 'proposed'],
    ]);
    expect(m.backlog.find((r) => r.ref === 'Q1-T1-1')).toMatchObject({ codes: ['A-01'], owners: ['IT lead'], deadlines: ['2025-09-30'], statuses: ['agreed'] });
  });
});

describe('buildDeliverable: names and anonymity', () => {
  const named = (anonymous: boolean) => model({ anonymous, people: ['Ana Lima', 'Bo Berg'], ideas: ideasABCD });

  it('names note authors and hosts in a named session', () => {
    const m = named(false);
    expect(m.notes.map((n) => n.author)).toContain('Ana Lima');
    expect(m.tables[0]?.host).toBe('Ana Lima');
  });

  it.each([
    { name: 'the tiny café', m: () => named(true), names: ['Ana Lima', 'Bo Berg'] },
    { name: 'the claims café', m: () => buildDeliverable(claimsCafe({ anonymous: true })), names: CLAIMS_PEOPLE.map(([name]) => name) },
  ])('keeps every name out of an anonymous session: $name', ({ m, names }) => {
    const text = JSON.stringify(m());
    for (const name of names) expect(text).not.toContain(name);
  });
});

describe('buildDeliverable: dates, figures and notes', () => {
  it.each([
    { timeZone: undefined, startedAt: '2025-06-05T22:30:00.000Z', date: '2025-06-05', local: '2025-06-05T22:30' },
    { timeZone: 'Europe/Paris', startedAt: '2025-06-05T22:30:00.000Z', date: '2025-06-06', local: '2025-06-06T00:30' },
    { timeZone: 'America/New_York', startedAt: '2025-01-10T03:00:00.000Z', date: '2025-01-09', local: '2025-01-09T22:00' },
  ])('dates in the café’s time zone ($timeZone)', ({ timeZone, startedAt, date, local }) => {
    const m = model({ startedAt }, timeZone);
    expect([m.date, m.startedAt]).toEqual([date, local]);
  });

  it('falls back on the creation day, and has none for a template', () => {
    expect(model({ startedAt: null }).date).toBe('2025-06-04');
    const record: CafeRecord = { ...tinyCafe({}), dates: { createdAt: null, startedAt: null, closedAt: null } };
    expect(buildDeliverable(record).date).toBeNull();
  });

  it('counts people, tables, notes, ideas, +1s and voters', () => {
    const m = model({ ideas: ideasABCD, notes: [[1, 0, 'loose note']], plenary: { voteStatus: 'closed', votes: [vote('p1', 'a', 1), vote('p2', 'a', 1)] } });
    expect(m.participation).toMatchObject({ people: 3, tables: 2, rounds: 1, notes: 4, ideas: 4, plusOnes: 2, voters: 2, raters: 0 });
    expect(m.participation.perRound).toEqual([{ round: 0, number: 1, people: 3, notes: 4, ideas: 4 }]);
  });

  it('lists every note with its question, table and the ideas it went into', () => {
    const m = model({ ideas: ideasABCD, notes: [[2, 0, 'loose note']] });
    expect(m.notes.map((n) => [n.question, n.table.name, n.text, n.ideas])).toEqual([
      [1, 'Alpha', 'note a1', ['Q1-T1-1']],
      [1, 'Alpha', 'note a2', ['Q1-T1-1']],
      [1, 'Beta', 'note b1', ['Q1-T2-1']],
      [1, 'Beta', 'loose note', []],
    ]);
  });

  it('builds the claims café whichever the vote, with every idea somewhere in the questions and the backlog', () => {
    for (const voteOn of ['workstreams', 'ideas'] as const) {
      const record = claimsCafe({ voteOn });
      const m = buildDeliverable(record);
      const inQuestions = m.questions.flatMap((q) => q.groups.flatMap((g) => g.ideas.flatMap((i) => [i.text, ...i.variants.map((v) => v.text)])));
      const inBacklog = m.backlog.flatMap((r) => r.texts);
      for (const idea of record.ideas) {
        expect(inQuestions).toContain(idea.text);
        expect(inBacklog).toContain(idea.text);
      }
    }
  });
});
