/**
 * Workstreams ("chantiers") and "the same idea". Pure: each operation returns the rows to write
 * (whole rows, so a retried command writes the same values again) or a refusal code.
 *
 * Ideas marked "the same" form one item: the idea they all point to (the root) carries the
 * lineage of the others, and the group always sits in the root's workstream — moving any of its
 * ideas moves the group.
 */
import type { ItemRef, PlenaryRecords, VoteTarget } from './plenary-types';

export type Workstream = PlenaryRecords['workstreams'][number];
export type Placement = PlenaryRecords['placements'][number];

export const WORKSTREAM_NAME_MAX = 80;
/** Workstreams one session may hold. */
export const WORKSTREAMS_MAX = 60;

export const WORKSTREAM_ERROR_CODES = [
  'bad-name',
  'duplicate-id',
  'too-many',
  'unknown-workstream',
  'unknown-idea',
  'same-idea',
  'not-in-workstream',
  'conflict',
] as const;
export type WorkstreamErrorCode = (typeof WORKSTREAM_ERROR_CODES)[number];

type Refusal = { ok: false; code: WorkstreamErrorCode };
const refuse = (code: WorkstreamErrorCode): Refusal => ({ ok: false, code });

/** A name as stored: trimmed, 1–80 characters; null when it is not acceptable. */
export function workstreamName(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return trimmed.length >= 1 && trimmed.length <= WORKSTREAM_NAME_MAX ? trimmed : null;
}

function placementOf(placements: readonly Placement[], ideaId: string): Placement {
  return placements.find((p) => p.ideaId === ideaId) ?? { ideaId, workstreamId: null, sameAsId: null };
}

/** The idea a "same as" chain ends at (the item); a chain that loops (never written by these rules) ends where it loops. */
export function rootOf(placements: readonly Placement[], ideaId: string): string {
  const seen = new Set<string>();
  let current = ideaId;
  for (;;) {
    seen.add(current);
    const next = placementOf(placements, current).sameAsId;
    if (next === null || seen.has(next)) return current;
    current = next;
  }
}

/** An item's ideas: the root first, then the ideas marked the same as it, in `ideaIds` order. */
export function lineageOf(placements: readonly Placement[], rootId: string, ideaIds: readonly string[]): string[] {
  return [rootId, ...ideaIds.filter((id) => id !== rootId && rootOf(placements, id) === rootId)];
}

/** The workstream an idea sits in: its item's. */
export function workstreamOf(placements: readonly Placement[], ideaId: string): string | null {
  return placementOf(placements, rootOf(placements, ideaId)).workstreamId;
}

/** What is voted on, rated and planned, in order: the workstreams, or the ideas that are not "the same" as another. */
export function itemsOf(records: Pick<PlenaryRecords, 'workstreams' | 'placements'>, ideaIds: readonly string[], voteOn: VoteTarget): ItemRef[] {
  if (voteOn === 'workstreams') return [...records.workstreams].sort((a, b) => a.position - b.position).map((w) => ({ kind: 'workstream', id: w.id }));
  return ideaIds.filter((id) => rootOf(records.placements, id) === id).map((id) => ({ kind: 'idea', id }));
}

export type Created = { ok: true; workstream: Workstream } | Refusal;

/** A new workstream at the end of the list. */
export function createWorkstream(workstreams: readonly Workstream[], id: string, name: string): Created {
  const clean = workstreamName(name);
  if (clean === null) return refuse('bad-name');
  if (workstreams.some((w) => w.id === id)) return refuse('duplicate-id');
  if (workstreams.length >= WORKSTREAMS_MAX) return refuse('too-many');
  return { ok: true, workstream: { id, name: clean, position: Math.max(-1, ...workstreams.map((w) => w.position)) + 1 } };
}

/** Renames a workstream. */
export function renameWorkstream(workstreams: readonly Workstream[], id: string, name: string): Created {
  const clean = workstreamName(name);
  const workstream = workstreams.find((w) => w.id === id);
  if (!workstream) return refuse('unknown-workstream');
  if (clean === null) return refuse('bad-name');
  return { ok: true, workstream: { ...workstream, name: clean } };
}

/** The new order of all the workstreams; `conflict` when the list given is not exactly theirs. */
export function reorderWorkstreams(workstreams: readonly Workstream[], ids: readonly string[]): { ok: true; workstreams: Workstream[] } | Refusal {
  const known = new Set(workstreams.map((w) => w.id));
  if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) return refuse('conflict');
  return { ok: true, workstreams: ids.map((id, position) => ({ ...workstreams.find((w) => w.id === id)!, position })) };
}

export type Placed = { ok: true; writes: Placement[] } | Refusal;

/** Each idea's item (root and lineage) into a workstream, or out of any (null). */
export function placeIdeas(
  state: { workstreams: readonly Workstream[]; placements: readonly Placement[] },
  allIdeaIds: readonly string[],
  ideaIds: readonly string[],
  workstreamId: string | null,
): Placed {
  if (ideaIds.some((id) => !allIdeaIds.includes(id))) return refuse('unknown-idea');
  if (workstreamId !== null && !state.workstreams.some((w) => w.id === workstreamId)) return refuse('unknown-workstream');
  const moved = new Set(ideaIds.flatMap((id) => lineageOf(state.placements, rootOf(state.placements, id), allIdeaIds)));
  return { ok: true, writes: allIdeaIds.filter((id) => moved.has(id)).map((id) => ({ ...placementOf(state.placements, id), workstreamId })) };
}

/**
 * Marks `ideaId` as the same idea as `targetId`. "The same" is transitive: the idea's whole item
 * (its root and lineage) joins the target's item, every idea pointing straight at the target's root
 * (chains stay one step long), in the root's workstream. Marking twice changes nothing more.
 */
export function markSame(placements: readonly Placement[], allIdeaIds: readonly string[], ideaId: string, targetId: string): Placed {
  if (!allIdeaIds.includes(ideaId) || !allIdeaIds.includes(targetId)) return refuse('unknown-idea');
  if (ideaId === targetId) return refuse('same-idea');
  const root = rootOf(placements, targetId);
  const ownRoot = rootOf(placements, ideaId);
  if (root === ownRoot) return { ok: true, writes: [] };
  const workstreamId = placementOf(placements, root).workstreamId;
  return { ok: true, writes: lineageOf(placements, ownRoot, allIdeaIds).map((id) => ({ ideaId: id, workstreamId, sameAsId: root })) };
}

/** Takes an idea out of its item: it stands alone again, in the same workstream. The root of a group cannot leave it (unmark the others). */
export function unmarkSame(placements: readonly Placement[], allIdeaIds: readonly string[], ideaId: string): Placed {
  if (!allIdeaIds.includes(ideaId)) return refuse('unknown-idea');
  const placement = placementOf(placements, ideaId);
  if (placement.sameAsId === null) return { ok: true, writes: [] };
  return { ok: true, writes: [{ ...placement, workstreamId: workstreamOf(placements, ideaId), sameAsId: null }] };
}

/**
 * Merges workstreams into one: their ideas join it and they are deleted. The items that disappear
 * (for votes, the shortlist, ratings, overrides and actions) are in `forgotten`.
 */
export function mergeWorkstreams(
  state: { workstreams: readonly Workstream[]; placements: readonly Placement[] },
  fromIds: readonly string[],
  intoId: string,
): { ok: true; writes: Placement[]; deleted: string[] } | Refusal {
  const known = new Set(state.workstreams.map((w) => w.id));
  if (!known.has(intoId) || fromIds.some((id) => !known.has(id))) return refuse('unknown-workstream');
  const deleted = [...new Set(fromIds)].filter((id) => id !== intoId);
  const from = new Set(deleted);
  const writes = state.placements.filter((p) => p.workstreamId !== null && from.has(p.workstreamId)).map((p) => ({ ...p, workstreamId: intoId }));
  return { ok: true, writes, deleted };
}

/** Splits some ideas of a workstream into a new workstream (created after the others). */
export function splitWorkstream(
  state: { workstreams: readonly Workstream[]; placements: readonly Placement[] },
  allIdeaIds: readonly string[],
  sourceId: string,
  ideaIds: readonly string[],
  created: { id: string; name: string },
): { ok: true; workstream: Workstream; writes: Placement[] } | Refusal {
  if (!state.workstreams.some((w) => w.id === sourceId)) return refuse('unknown-workstream');
  if (ideaIds.length === 0) return refuse('not-in-workstream');
  if (ideaIds.some((id) => !allIdeaIds.includes(id))) return refuse('unknown-idea');
  if (ideaIds.some((id) => workstreamOf(state.placements, id) !== sourceId)) return refuse('not-in-workstream');
  const made = createWorkstream(state.workstreams, created.id, created.name);
  if (!made.ok) return made;
  const placed = placeIdeas({ workstreams: [...state.workstreams, made.workstream], placements: state.placements }, allIdeaIds, ideaIds, made.workstream.id);
  if (!placed.ok) return placed;
  return { ok: true, workstream: made.workstream, writes: placed.writes };
}
