/**
 * A café record with its ids aside: every id replaced by its kind and its place in its list (tables,
 * people, notes, ideas, workstreams keep their order through an export and an import), and the lists
 * of links (seats, +1s, votes, ratings, …) sorted. Two records with the same content give the same
 * canonical form whatever ids a database gave them. `withTimes: false` also blanks every date.
 */
import type { CafeRecord } from '@/lib/export/cafe-record';

type Options = { withTimes?: boolean };

const sorted = <T>(list: readonly T[]): T[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

export function canonicalRecord(record: CafeRecord, { withTimes = true }: Options = {}) {
  const named = (prefix: string, list: readonly { id: string }[]) => new Map(list.map((x, i) => [x.id, `${prefix}${i + 1}`]));
  const tables = named('T', record.session.tables);
  const people = named('P', record.participants);
  const notes = named('N', record.notes);
  const ideas = named('I', record.ideas);
  const workstreams = named('W', record.plenary.workstreams);
  const items = record.session.plenary.voteOn === 'workstreams' ? workstreams : ideas;
  const of = (map: Map<string, string>) => (id: string) => map.get(id) ?? `unknown:${id}`;
  const table = of(tables);
  const person = of(people);
  const note = of(notes);
  const idea = of(ideas);
  const workstream = of(workstreams);
  const item = of(items);
  const time = (value: string | null) => (withTimes ? value : value === null ? null : 'time');
  const p = record.plenary;
  return {
    kind: record.kind,
    session: { ...record.session, tables: record.session.tables.map((t) => ({ ...t, id: table(t.id) })) },
    dates: { createdAt: time(record.dates.createdAt), startedAt: time(record.dates.startedAt), closedAt: time(record.dates.closedAt) },
    participants: record.participants.map((x) => ({ ...x, id: person(x.id), joinedAt: time(x.joinedAt) })),
    hosts: sorted(record.hosts.map((h) => ({ tableId: table(h.tableId), participantId: person(h.participantId) }))),
    seats: sorted(record.seats.map((s) => ({ round: s.round, participantId: person(s.participantId), tableId: table(s.tableId) }))),
    notes: record.notes.map((n) => ({
      ...n,
      id: note(n.id),
      tableId: table(n.tableId),
      authorId: person(n.authorId),
      createdAt: time(n.createdAt),
      updatedAt: time(n.updatedAt),
    })),
    ideas: record.ideas.map((i) => ({
      ...i,
      id: idea(i.id),
      tableId: table(i.tableId),
      sourceNoteIds: i.sourceNoteIds.map(note),
      createdAt: time(i.createdAt),
      updatedAt: time(i.updatedAt),
    })),
    reactions: sorted(
      record.reactions.map((r) => ({ targetId: notes.has(r.targetId) ? note(r.targetId) : idea(r.targetId), participantId: person(r.participantId) })),
    ),
    plenary: {
      workstreams: p.workstreams.map((w) => ({ ...w, id: workstream(w.id) })),
      placements: sorted(
        p.placements.map((x) => ({
          ideaId: idea(x.ideaId),
          workstreamId: x.workstreamId === null ? null : workstream(x.workstreamId),
          sameAsId: x.sameAsId === null ? null : idea(x.sameAsId),
        })),
      ),
      votes: sorted(p.votes.map((v) => ({ ...v, participantId: person(v.participantId), itemId: item(v.itemId) }))),
      voteStatus: p.voteStatus,
      shortlist: sorted(p.shortlist.map((s) => ({ ...s, itemId: item(s.itemId) }))),
      ratings: sorted(p.ratings.map((r) => ({ ...r, raterId: r.raterId === null ? null : person(r.raterId), itemId: item(r.itemId) }))),
      overrides: sorted(p.overrides.map((o) => ({ ...o, itemId: item(o.itemId) }))),
      actions: sorted(p.actions.map((a) => ({ ...a, itemId: item(a.itemId) }))),
    },
  };
}
