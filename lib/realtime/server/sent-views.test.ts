import { describe, expect, it } from 'vitest';
import type { TableView } from '@/lib/realtime/contract';
import { createSentViews, differsAtAGlance, shownDigest } from './sent-views';

const base: TableView = {
  tableId: 't1',
  tableSeq: 4,
  round: 0,
  roster: [
    { id: 'p1', displayName: 'Ana', here: true },
    { id: 'p2', displayName: 'Bo', here: true },
  ],
  hostId: 'p1',
  notesWritten: 2,
  notes: [
    { id: 'n1', text: 'Shorter meetings', authorId: 'p1', authorName: 'Ana', plusOnes: 0 },
    { id: 'n2', text: 'A shared calendar', authorId: 'p2', authorName: 'Bo', plusOnes: 1 },
  ],
  speaking: { turns: [{ participantId: 'p1', status: 'speaking', skipped: false }], slotMs: 60_000, startedAt: 1_000 },
  ideas: [{ id: 'i1', text: 'Meet less', round: 0, position: 0, sourceNoteIds: ['n1'], authorNames: ['Ana'], plusOnes: 0 }],
  recap: [],
  recapClosed: false,
};

describe('shownDigest and differsAtAGlance: what counts as a change a table must be sent', () => {
  // `glance`: plainly different without a digest; where the glance cannot tell, the digest decides.
  it.each<{ name: string; other: TableView; same: boolean; glance: boolean }>([
    { name: 'the same view', other: structuredClone(base), same: true, glance: false },
    { name: 'a higher tableSeq only (a stage change)', other: { ...base, tableSeq: 9 }, same: true, glance: false },
    {
      name: 'other +1 counts (sent by table:plus-ones)',
      other: { ...base, notes: base.notes.map((n) => ({ ...n, plusOnes: 5 })), ideas: base.ideas.map((i) => ({ ...i, plusOnes: 3 })) },
      same: true,
      glance: false,
    },
    {
      name: 'a note more',
      other: { ...base, notes: [...base.notes, { id: 'n3', text: 'x', authorId: 'p1', authorName: 'Ana', plusOnes: 0 }] },
      same: false,
      glance: true,
    },
    { name: "a note's text", other: { ...base, notes: [{ ...base.notes[0]!, text: 'Shorter meetings!' }, base.notes[1]!] }, same: false, glance: false },
    { name: 'the notes in another order', other: { ...base, notes: [base.notes[1]!, base.notes[0]!] }, same: false, glance: false },
    { name: 'someone checked in (here)', other: { ...base, roster: [base.roster[0]!, { ...base.roster[1]!, here: false }] }, same: false, glance: false },
    { name: 'someone left the table', other: { ...base, roster: [base.roster[0]!] }, same: false, glance: true },
    { name: 'another host', other: { ...base, hostId: 'p2' }, same: false, glance: true },
    { name: 'one more note written (a count)', other: { ...base, notesWritten: 3 }, same: false, glance: true },
    { name: 'the next speaker', other: { ...base, speaking: { ...base.speaking!, startedAt: 2_000 } }, same: false, glance: false },
    { name: 'no speaking order', other: { ...base, speaking: null }, same: false, glance: true },
    { name: 'an idea edited', other: { ...base, ideas: [{ ...base.ideas[0]!, text: 'Meet less often' }] }, same: false, glance: false },
    { name: "an idea's sources", other: { ...base, ideas: [{ ...base.ideas[0]!, sourceNoteIds: ['n1', 'n2'] }] }, same: false, glance: false },
    { name: 'no idea yet', other: { ...base, ideas: [] }, same: false, glance: true },
    { name: 'a recap', other: { ...base, recap: [{ round: 0, ideas: [{ id: 'i0', text: 'Earlier' }] }] }, same: false, glance: true },
    { name: 'another round', other: { ...base, round: 1 }, same: false, glance: true },
    { name: 'the recap closed', other: { ...base, recapClosed: true }, same: false, glance: true },
    { name: 'the notes hidden (a count only)', other: { ...base, notes: [] }, same: false, glance: true },
    { name: 'another table with the same content', other: { ...base, tableId: 't2' }, same: false, glance: true },
  ])('$name → same: $same, different at a glance: $glance', ({ other, same, glance }) => {
    expect(shownDigest(other) === shownDigest(base)).toBe(same);
    expect(differsAtAGlance(base, other)).toBe(glance);
    expect(differsAtAGlance(other, base)).toBe(glance);
  });
});

describe('createSentViews', () => {
  it('sends a view the first time, not again while it shows the same, and again once it changes', () => {
    const sent = createSentViews();
    expect(sent.changed('s1', base)).toBe(true);
    expect(sent.changed('s1', { ...base, tableSeq: 5 })).toBe(false);
    expect(sent.changed('s1', { ...base, hostId: 'p2' })).toBe(true);
    // Back to what it showed two views ago: the room has the host p2 now, so it is a change.
    expect(sent.changed('s1', base)).toBe(true);
  });

  it('looks closer where the glance cannot tell: an edited text goes out, the same text again does not', () => {
    const sent = createSentViews();
    const edited: TableView = { ...base, notes: [{ ...base.notes[0]!, text: 'Shorter meetings!' }, base.notes[1]!] };
    expect(sent.changed('s1', base)).toBe(true);
    expect(sent.changed('s1', edited)).toBe(true);
    expect(sent.changed('s1', { ...edited, tableSeq: 6 })).toBe(false);
    expect(sent.changed('s1', base)).toBe(true);
  });

  it('keeps each table apart', () => {
    const sent = createSentViews();
    expect(sent.changed('s1', base)).toBe(true);
    expect(sent.changed('s1', { ...base, tableId: 't2' })).toBe(true);
    expect(sent.changed('s1', { ...base, tableId: 't2' })).toBe(false);
    expect(sent.changed('s1', base)).toBe(false);
  });

  it('sends the next view of a table someone joined without its view (seated there)', () => {
    const sent = createSentViews();
    sent.changed('s1', base);
    sent.changed('s1', { ...base, tableId: 't2' });
    sent.forgetTable('t1');
    expect(sent.changed('s1', base)).toBe(true);
    expect(sent.changed('s1', { ...base, tableId: 't2' })).toBe(false);
  });

  it.each<{ name: string; handedOut: TableView; next: boolean }>([
    {
      name: 'what the room has (another tableSeq, other counts)',
      handedOut: { ...base, tableSeq: 7, notes: base.notes.map((n) => ({ ...n, plusOnes: 9 })) },
      next: false,
    },
    { name: 'something the room has not (the table changed, then changed back)', handedOut: { ...base, hostId: 'p2' }, next: true },
  ])('a socket handed a view of its own — $name: the same view next goes out: $next', ({ handedOut, next }) => {
    const sent = createSentViews();
    sent.changed('s1', base);
    sent.handedOut(handedOut);
    expect(sent.changed('s1', { ...base, tableSeq: 8 })).toBe(next);
  });

  it('a view handed out for a table never sent changes nothing: its first view goes out', () => {
    const sent = createSentViews();
    sent.handedOut(base);
    expect(sent.changed('s1', base)).toBe(true);
  });

  it("forgets a deleted session's tables, not another session's", () => {
    const sent = createSentViews();
    sent.changed('s1', base);
    sent.changed('s2', { ...base, tableId: 't9' });
    sent.forgetSession('s1');
    expect(sent.changed('s1', base)).toBe(true);
    expect(sent.changed('s2', { ...base, tableId: 't9' })).toBe(false);
  });
});
