/**
 * What a café loaded from the database may hold that the archive refuses: references to rows deleted
 * since (a +1 on a deleted note, a deleted note among an idea's sources, the vote of a removed
 * participant). The store keeps them (those columns have no foreign key); they mean nothing, so the
 * loader drops them before exporting. Pure; returns a new record and what it dropped.
 */
import type { CafeRecord } from './cafe-record';

export type Pruned = { record: CafeRecord; dropped: Record<string, number> };

export function pruneDangling(record: CafeRecord): Pruned {
  const dropped: Record<string, number> = {};
  const keep = <T>(what: string, list: readonly T[], ok: (item: T) => boolean): T[] => {
    const kept = list.filter(ok);
    if (kept.length < list.length) dropped[what] = list.length - kept.length;
    return kept;
  };
  const people = new Set(record.participants.map((p) => p.id));
  const tables = new Set(record.session.tables.map((t) => t.id));
  const rounds = record.session.rounds.length;
  const notesById = new Map(record.notes.map((n) => [n.id, n]));
  const ideaIds = new Set(record.ideas.map((i) => i.id));
  const workstreamIds = new Set(record.plenary.workstreams.map((w) => w.id));
  const items = record.session.plenary.voteOn === 'workstreams' ? workstreamIds : ideaIds;

  let sources = 0;
  const ideas = record.ideas.map((idea) => {
    const sourceNoteIds = idea.sourceNoteIds.filter((id) => {
      const note = notesById.get(id);
      return note !== undefined && note.tableId === idea.tableId && note.round === idea.round;
    });
    sources += idea.sourceNoteIds.length - sourceNoteIds.length;
    return sourceNoteIds.length === idea.sourceNoteIds.length ? idea : { ...idea, sourceNoteIds };
  });
  if (sources > 0) dropped['ideas.sourceNoteIds'] = sources;

  const p = record.plenary;
  return {
    record: {
      ...record,
      hosts: keep('hosts', record.hosts, (h) => tables.has(h.tableId) && people.has(h.participantId)),
      seats: keep('seats', record.seats, (s) => s.round < rounds && tables.has(s.tableId) && people.has(s.participantId)),
      ideas,
      reactions: keep('reactions', record.reactions, (r) => people.has(r.participantId) && (notesById.has(r.targetId) || ideaIds.has(r.targetId))),
      plenary: {
        ...p,
        placements: keep(
          'plenary.placements',
          p.placements,
          (x) => ideaIds.has(x.ideaId) && (x.workstreamId === null || workstreamIds.has(x.workstreamId)) && (x.sameAsId === null || ideaIds.has(x.sameAsId)),
        ),
        votes: keep('plenary.votes', p.votes, (v) => people.has(v.participantId) && items.has(v.itemId)),
        shortlist: keep('plenary.shortlist', p.shortlist, (s) => items.has(s.itemId)),
        ratings: keep('plenary.ratings', p.ratings, (r) => (r.raterId === null || people.has(r.raterId)) && items.has(r.itemId)),
        overrides: keep('plenary.overrides', p.overrides, (o) => items.has(o.itemId)),
        actions: keep('plenary.actions', p.actions, (a) => items.has(a.itemId)),
      },
    },
    dropped,
  };
}
