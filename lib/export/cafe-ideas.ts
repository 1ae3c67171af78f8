/**
 * The café's ideas as the deliverables see them: in reading order (question, table, position), each
 * with a stable reference, grouped with the ideas marked "the same" as it, and placed in a workstream.
 */
import type { CafeIdea, CafeRecord } from './cafe-record';
import type { TableRef } from './deliverable-types';

export type IdeaIndex = {
  tables: TableRef[];
  tableById: ReadonlyMap<string, TableRef>;
  /** Every idea in reading order. */
  ordered: readonly CafeIdea[];
  /** Q<question>-T<table>-<order>. */
  refOf: ReadonlyMap<string, string>;
  /** The idea an idea was marked "the same" as (following chains), or itself. */
  rootOf(ideaId: string): string;
  /** Root ideas in reading order, each with its group: itself first, then the ideas marked "the same" as it. */
  groups: ReadonlyMap<string, CafeIdea[]>;
  /** A root idea's workstream: its own placement, else the first of its group's that has one. */
  workstreamOf: ReadonlyMap<string, string>;
  /** Workstreams by position. */
  workstreams: CafeRecord['plenary']['workstreams'];
};

export function indexIdeas(record: CafeRecord): IdeaIndex {
  const tables: TableRef[] = record.session.tables.map((t, i) => ({ id: t.id, number: i + 1, name: t.name, colour: t.colour }));
  const tableById = new Map(tables.map((t) => [t.id, t]));
  const tableNumber = (id: string) => tableById.get(id)?.number ?? 0;
  const ordered = [...record.ideas].sort(
    (a, b) => a.round - b.round || tableNumber(a.tableId) - tableNumber(b.tableId) || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const refOf = new Map<string, string>();
  let previous = '';
  let ordinal = 0;
  for (const idea of ordered) {
    const at = `Q${idea.round + 1}-T${tableNumber(idea.tableId)}`;
    ordinal = at === previous ? ordinal + 1 : 1;
    previous = at;
    refOf.set(idea.id, `${at}-${ordinal}`);
  }

  const sameAs = new Map<string, string>();
  const placedIn = new Map<string, string>();
  for (const placement of record.plenary.placements) {
    if (placement.sameAsId !== null) sameAs.set(placement.ideaId, placement.sameAsId);
    if (placement.workstreamId !== null) placedIn.set(placement.ideaId, placement.workstreamId);
  }
  const rootOf = (ideaId: string): string => {
    let at = ideaId;
    // The record refuses loops; the bound keeps a hand-made record from hanging anyway.
    for (let steps = 0; steps <= sameAs.size; steps++) {
      const next = sameAs.get(at);
      if (next === undefined) return at;
      at = next;
    }
    return at;
  };

  const groups = new Map<string, CafeIdea[]>();
  for (const idea of ordered) if (rootOf(idea.id) === idea.id) groups.set(idea.id, [idea]);
  for (const idea of ordered) {
    const root = rootOf(idea.id);
    if (root !== idea.id) groups.get(root)?.push(idea);
  }
  const workstreamOf = new Map<string, string>();
  for (const [root, members] of groups) {
    const placed = members.map((m) => placedIn.get(m.id)).find((w) => w !== undefined);
    if (placed !== undefined) workstreamOf.set(root, placed);
  }
  const workstreams = [...record.plenary.workstreams].sort((a, b) => a.position - b.position);
  return { tables, tableById, ordered, refOf, rootOf, groups, workstreamOf, workstreams };
}
