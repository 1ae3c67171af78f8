/**
 * The workstreams board's columns: "not grouped" and one per workstream, each a list of entries — an
 * idea, with the ideas marked the same as it (its lineage) — filtered by words and table. Pure.
 */
import type { BoardIdea, PlenaryBoard, PlenaryTable } from '@/lib/realtime/contract';

/** An idea of the board with its table, as a column lists it. */
export type BoardIdeaRef = { id: string; text: string; round: number; table: PlenaryTable | null };

/** One item of a column: the item's first idea and the ideas marked the same as it, in the café's order. */
export type BoardEntry = BoardIdeaRef & { same: BoardIdeaRef[] };

export type BoardColumn = {
  /** null: the ideas in no workstream. */
  workstream: { id: string; name: string } | null;
  /** Every entry of the column (unfiltered), for its count. */
  ideaCount: number;
  /** The entries the filter lets through. */
  entries: BoardEntry[];
};

export type BoardFilter = { words: string; tableId: string | null };

export const NO_FILTER: BoardFilter = { words: '', tableId: null };

/** Lower case without accents, so "écoles" finds "Ecole". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(entry: BoardEntry, filter: BoardFilter): boolean {
  const ideas = [entry, ...entry.same];
  const words = foldText(filter.words).split(/\s+/).filter(Boolean);
  if (filter.tableId !== null && !ideas.some((idea) => idea.table?.id === filter.tableId)) return false;
  const text = foldText(ideas.map((idea) => idea.text).join('\n'));
  return words.every((word) => text.includes(word));
}

/** The entries of the board, in the café's order: each idea not marked the same as another, with those that are. */
export function boardEntries(board: PlenaryBoard): (BoardEntry & { workstreamId: string | null })[] {
  const tables = new Map(board.tables.map((table) => [table.id, table]));
  const ref = (idea: BoardIdea): BoardIdeaRef => ({ id: idea.id, text: idea.text, round: idea.round, table: tables.get(idea.tableId) ?? null });
  const heads = board.ideas.filter((idea) => idea.sameAsId === null);
  const known = new Set(heads.map((idea) => idea.id));
  const same = new Map<string, BoardIdeaRef[]>();
  const entries = heads.map((idea) => ({ ...ref(idea), same: [] as BoardIdeaRef[], workstreamId: idea.workstreamId }));
  for (const idea of board.ideas) {
    if (idea.sameAsId === null) continue;
    // An idea pointing at one the board does not have (deleted meanwhile) stands on its own.
    if (!known.has(idea.sameAsId)) {
      entries.push({ ...ref(idea), same: [], workstreamId: idea.workstreamId });
      continue;
    }
    same.set(idea.sameAsId, [...(same.get(idea.sameAsId) ?? []), ref(idea)]);
  }
  return entries.map((entry) => ({ ...entry, same: same.get(entry.id) ?? [] }));
}

/** "Not grouped" first, then the workstreams in their order; each with its count and the entries the filter keeps. */
export function boardColumns(board: PlenaryBoard, filter: BoardFilter = NO_FILTER): BoardColumn[] {
  const entries = boardEntries(board);
  const ordered = [...board.workstreams].sort((a, b) => a.position - b.position);
  const known = new Set(ordered.map((w) => w.id));
  const column = (workstream: { id: string; name: string } | null): BoardColumn => {
    const own = entries.filter((entry) => (workstream ? entry.workstreamId === workstream.id : entry.workstreamId === null || !known.has(entry.workstreamId)));
    return {
      workstream,
      ideaCount: own.reduce((sum, entry) => sum + 1 + entry.same.length, 0),
      entries: own.filter((entry) => matches(entry, filter)).map(({ workstreamId: _, ...entry }) => entry),
    };
  };
  return [column(null), ...ordered.map((w) => column({ id: w.id, name: w.name }))];
}

/** The workstreams' ids after moving one up (-1) or down (+1); the same order when it cannot move. */
export function movedOrder(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * The "same idea" marks that join the chosen entries into one item, the first chosen (in the board's
 * order) keeping its place: each other entry is marked the same as it.
 */
export function sameIdeaMarks(chosen: readonly string[], board: PlenaryBoard): { ideaId: string; sameAsId: string }[] {
  const order = boardEntries(board).map((entry) => entry.id);
  const picked = order.filter((id) => chosen.includes(id));
  const [head, ...others] = picked;
  return head === undefined ? [] : others.map((ideaId) => ({ ideaId, sameAsId: head }));
}

/** The chosen entries that are all in one workstream, which a split takes out: that workstream, or null when they are not. */
export function splitSource(chosen: readonly string[], board: PlenaryBoard): string | null {
  const entries = boardEntries(board).filter((entry) => chosen.includes(entry.id));
  const first = entries[0]?.workstreamId ?? null;
  if (first === null || entries.length === 0) return null;
  return entries.every((entry) => entry.workstreamId === first) ? first : null;
}

/**
 * How many ideas the projector lists under each workstream, so that every workstream's name and count
 * stay readable from the back of the room: fewer ideas as workstreams grow, none past a dozen.
 */
export function ideasShownOnProjector(workstreams: number): number {
  if (workstreams <= 3) return 6;
  if (workstreams <= 6) return 4;
  if (workstreams <= 9) return 2;
  if (workstreams <= 12) return 1;
  return 0;
}
