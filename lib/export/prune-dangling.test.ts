import { describe, expect, it } from 'vitest';
import { cafeRecordSchema, type CafeRecord } from './cafe-record';
import { claimsCafe } from './fixtures/claims-cafe';
import { pruneDangling } from './prune-dangling';

describe('pruneDangling', () => {
  it('leaves a sound record as it is', () => {
    const record = claimsCafe();
    expect(pruneDangling(record)).toEqual({ record, dropped: {} });
  });

  it.each<{ name: string; change: (r: CafeRecord) => void; dropped: Record<string, number> }>([
    {
      name: 'a +1 on a deleted note',
      change: (r) => (r.notes = r.notes.filter((n) => n.id !== r.reactions[0]!.targetId)),
      dropped: { reactions: 1, 'ideas.sourceNoteIds': 1 },
    },
    {
      name: 'a removed participant’s notes, +1s, votes and ratings',
      change: (r) => {
        r.participants = r.participants.filter((p) => p.id !== 'p30');
        r.notes = r.notes.filter((n) => n.authorId !== 'p30');
      },
      dropped: { seats: 4, reactions: 2, 'ideas.sourceNoteIds': 1, 'plenary.votes': 3 },
    },
    {
      name: 'a deleted workstream',
      change: (r) => (r.plenary.workstreams = r.plenary.workstreams.slice(1)),
      dropped: { 'plenary.placements': 6, 'plenary.votes': 7, 'plenary.shortlist': 1, 'plenary.ratings': 24, 'plenary.overrides': 1, 'plenary.actions': 1 },
    },
  ])('drops what points at $name, and the record is then valid', ({ change, dropped }) => {
    const record = structuredClone(claimsCafe());
    change(record);
    expect(cafeRecordSchema.safeParse(record).success).toBe(false);
    const pruned = pruneDangling(record);
    expect(pruned.dropped).toEqual(dropped);
    expect(cafeRecordSchema.safeParse(pruned.record).error?.issues ?? []).toEqual([]);
  });
});
