/**
 * The organiser groups the café's ideas into workstreams: create, rename, delete, merge, split,
 * reorder, place ideas, mark ideas as the same, accept a suggested grouping. The rules are
 * lib/domain/plenary/workstreams.ts; each command writes their result in its transaction.
 */
import type { Tx } from '@/db/client';
import { forgetItems, holdersOf, loadPlacements, loadWorkstreams, sessionIdeaIds } from '@/db/queries/plenary-records';
import { deleteWorkstreams, saveMerge, savePlacements, saveWorkstreams } from '@/db/queries/plenary-workstreams';
import {
  createWorkstream,
  markSame,
  mergeWorkstreams,
  placeIdeas,
  renameWorkstream,
  reorderWorkstreams,
  splitWorkstream,
  unmarkSame,
  type Placement,
  type Workstream,
} from '@/lib/domain/plenary/workstreams';
import {
  sameIdeaMarkSchema,
  sameIdeaUnmarkSchema,
  suggestionAcceptSchema,
  workstreamCreateSchema,
  workstreamDeleteSchema,
  workstreamMergeSchema,
  workstreamPlaceSchema,
  workstreamRenameSchema,
  workstreamReorderSchema,
  workstreamSplitSchema,
} from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { plenaryChanged, plenaryRefusal, requireShaping } from '@/lib/realtime/server/plenary-guards';
import type { SessionContext } from '@/lib/realtime/server/session-context';

type Board = { workstreams: Workstream[]; placements: Placement[]; ideaIds: string[] };

/** Where the session's ideas stand now (the organiser's window checked first). */
function boardOf(tx: Tx, ctx: SessionContext): Board {
  requireShaping(ctx);
  const sessionId = ctx.row.id;
  return { workstreams: loadWorkstreams(tx, sessionId), placements: loadPlacements(tx, sessionId), ideaIds: sessionIdeaIds(tx, sessionId) };
}

/** Writes `placements` over the board in memory, so that a command's next rule sees them. */
function withPlacements(board: Board, writes: readonly Placement[]): Board {
  const written = new Map(writes.map((w) => [w.ideaId, w]));
  const kept = board.placements.filter((p) => !written.has(p.ideaId));
  return { ...board, placements: [...kept, ...writes] };
}

/** Creates a workstream and places ideas in it (a suggested group accepted, or a new one made from a selection). */
function createWith(tx: Tx, sessionId: string, board: Board, group: { workstreamId: string; name: string; ideaIds?: readonly string[] }): Board {
  const made = createWorkstream(board.workstreams, group.workstreamId, group.name);
  if (!made.ok) throw plenaryRefusal(made.code);
  saveWorkstreams(tx, sessionId, [made.workstream]);
  let next: Board = { ...board, workstreams: [...board.workstreams, made.workstream] };
  if (group.ideaIds && group.ideaIds.length > 0) {
    const placed = placeIdeas(next, next.ideaIds, group.ideaIds, made.workstream.id);
    if (!placed.ok) throw plenaryRefusal(placed.code);
    savePlacements(tx, sessionId, placed.writes);
    next = withPlacements(next, placed.writes);
  }
  return next;
}

/** Forgets items that disappear (their dots go back to their voters, who are told); returns who had dots or ratings on them. */
function forget(tx: Tx, sessionId: string, itemIds: readonly string[]): string[] {
  const holders = holdersOf(tx, sessionId, itemIds);
  forgetItems(tx, sessionId, itemIds);
  return holders;
}

export const workstreamCreateCommand = declareCommand({
  event: 'workstream:create',
  auth: sessionOrganiser,
  schema: workstreamCreateSchema,
  idempotent: true,
  run: ({ workstreamId, name, ideaIds }, { tx, actor: session, services }) => {
    createWith(tx, session.row.id, boardOf(tx, session), { workstreamId, name, ...(ideaIds ? { ideaIds } : {}) });
    return plenaryChanged(services, session.row.id, {});
  },
});

export const workstreamRenameCommand = declareCommand({
  event: 'workstream:rename',
  auth: sessionOrganiser,
  schema: workstreamRenameSchema,
  idempotent: true,
  run: ({ workstreamId, name }, { tx, actor: session, services }) => {
    const renamed = renameWorkstream(boardOf(tx, session).workstreams, workstreamId, name);
    if (!renamed.ok) throw plenaryRefusal(renamed.code);
    saveWorkstreams(tx, session.row.id, [renamed.workstream]);
    return plenaryChanged(services, session.row.id, {});
  },
});

/** Deletes a workstream: its ideas are no longer placed; as an item its dots go back to their voters. */
export const workstreamDeleteCommand = declareCommand({
  event: 'workstream:delete',
  auth: sessionOrganiser,
  schema: workstreamDeleteSchema,
  idempotent: true,
  run: ({ workstreamId }, { tx, actor: session, services }) => {
    const sessionId = session.row.id;
    if (!boardOf(tx, session).workstreams.some((w) => w.id === workstreamId)) throw plenaryRefusal('unknown-workstream');
    const holders = holdersOf(tx, sessionId, [workstreamId]);
    deleteWorkstreams(tx, sessionId, [workstreamId]);
    return plenaryChanged(services, sessionId, {}, holders);
  },
});

/** Merges workstreams into one: their ideas join it, and they are deleted (forgotten as items). */
export const workstreamMergeCommand = declareCommand({
  event: 'workstream:merge',
  auth: sessionOrganiser,
  schema: workstreamMergeSchema,
  idempotent: true,
  run: ({ workstreamIds, intoId }, { tx, actor: session, services }) => {
    const sessionId = session.row.id;
    const merge = mergeWorkstreams(boardOf(tx, session), workstreamIds, intoId);
    if (!merge.ok) throw plenaryRefusal(merge.code);
    const holders = holdersOf(tx, sessionId, merge.deleted);
    saveMerge(tx, sessionId, merge);
    return plenaryChanged(services, sessionId, {}, holders);
  },
});

/** Moves some ideas of a workstream into a new one, created after the others. */
export const workstreamSplitCommand = declareCommand({
  event: 'workstream:split',
  auth: sessionOrganiser,
  schema: workstreamSplitSchema,
  idempotent: true,
  run: ({ workstreamId, ideaIds, newWorkstreamId, name }, { tx, actor: session, services }) => {
    const board = boardOf(tx, session);
    const split = splitWorkstream(board, board.ideaIds, workstreamId, ideaIds, { id: newWorkstreamId, name });
    if (!split.ok) throw plenaryRefusal(split.code);
    saveWorkstreams(tx, session.row.id, [split.workstream]);
    savePlacements(tx, session.row.id, split.writes);
    return plenaryChanged(services, session.row.id, {});
  },
});

/** The full new order of the workstreams (refused with `conflict` when the list changed meanwhile). */
export const workstreamReorderCommand = declareCommand({
  event: 'workstream:reorder',
  auth: sessionOrganiser,
  schema: workstreamReorderSchema,
  idempotent: true,
  run: ({ workstreamIds }, { tx, actor: session, services }) => {
    const reordered = reorderWorkstreams(boardOf(tx, session).workstreams, workstreamIds);
    if (!reordered.ok) throw plenaryRefusal(reordered.code);
    saveWorkstreams(tx, session.row.id, reordered.workstreams);
    return plenaryChanged(services, session.row.id, {});
  },
});

/** Moves ideas (each with the ideas marked the same) into a workstream, or out of any (null). */
export const workstreamPlaceCommand = declareCommand({
  event: 'workstream:place',
  auth: sessionOrganiser,
  schema: workstreamPlaceSchema,
  idempotent: true,
  run: ({ ideaIds, workstreamId }, { tx, actor: session, services }) => {
    const board = boardOf(tx, session);
    const placed = placeIdeas(board, board.ideaIds, ideaIds, workstreamId);
    if (!placed.ok) throw plenaryRefusal(placed.code);
    savePlacements(tx, session.row.id, placed.writes);
    return plenaryChanged(services, session.row.id, {});
  },
});

/**
 * Marks an idea (with the ideas already the same as it) as the same as another. Voting on ideas, the
 * ideas that stop being items of their own are forgotten as items, as a merged workstream is.
 */
export const sameIdeaMarkCommand = declareCommand({
  event: 'same-idea:mark',
  auth: sessionOrganiser,
  schema: sameIdeaMarkSchema,
  idempotent: true,
  run: ({ ideaId, sameAsId }, { tx, actor: session, services }) => {
    const sessionId = session.row.id;
    const board = boardOf(tx, session);
    const marked = markSame(board.placements, board.ideaIds, ideaId, sameAsId);
    if (!marked.ok) throw plenaryRefusal(marked.code);
    savePlacements(tx, sessionId, marked.writes);
    const noLongerItems = session.plan.plenary.voteOn === 'ideas' ? marked.writes.filter((w) => w.sameAsId !== null).map((w) => w.ideaId) : [];
    const holders = forget(tx, sessionId, noLongerItems);
    return plenaryChanged(services, sessionId, {}, holders);
  },
});

/** Takes an idea out of its item: it stands alone again, in the same workstream. */
export const sameIdeaUnmarkCommand = declareCommand({
  event: 'same-idea:unmark',
  auth: sessionOrganiser,
  schema: sameIdeaUnmarkSchema,
  idempotent: true,
  run: ({ ideaId }, { tx, actor: session, services }) => {
    const board = boardOf(tx, session);
    const unmarked = unmarkSame(board.placements, board.ideaIds, ideaId);
    if (!unmarked.ok) throw plenaryRefusal(unmarked.code);
    savePlacements(tx, session.row.id, unmarked.writes);
    return plenaryChanged(services, session.row.id, {});
  },
});

/** Accepts suggested groups (all, or one): each becomes a new workstream with its ideas, in one transaction. */
export const suggestionAcceptCommand = declareCommand({
  event: 'suggestion:accept',
  auth: sessionOrganiser,
  schema: suggestionAcceptSchema,
  idempotent: true,
  run: ({ groups }, { tx, actor: session, services }) => {
    groups.reduce((board, group) => createWith(tx, session.row.id, board, group), boardOf(tx, session));
    return plenaryChanged(services, session.row.id, {});
  },
});
