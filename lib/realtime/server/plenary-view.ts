/**
 * The plenary as each role sees it, built from what is stored through the plenary's rules: the
 * whole picture for the organiser and the projector, a lighter one for phones (no board; the action
 * plan once the café is closed). The tally is read only once the vote is closed, and the ratings
 * only once they may be shown — before, the view has nothing to leak.
 */
import type { Queryable } from '@/db/client';
import { countParticipants } from '@/db/queries/sessions';
import { itemsAmong, listItemIds } from '@/db/queries/plenary-items';
import { loadActions, loadOverrides, loadRatings, loadShortlist, loadWorkstreams } from '@/db/queries/plenary-records';
import { getPlenaryState } from '@/db/queries/plenary-state';
import { countFullRaters, ratingsOf, shortlistIds } from '@/db/queries/plenary-assessment';
import { countFullVoters, loadAllocation, tallyVotes } from '@/db/queries/plenary-votes';
import { plenaryIdeas, plenaryTables, type PlenaryIdeaRow } from '@/db/queries/plenary-view';
import { roadmap } from '@/lib/domain/plenary/actions';
import { assessShortlist, ratingsRevealed } from '@/lib/domain/plenary/assessment';
import { rankTotals } from '@/lib/domain/plenary/ranking';
import { suggestShortlist } from '@/lib/domain/plenary/shortlist';
import { fullAllocation } from '@/lib/domain/plenary/vote';
import type { Stage } from '@/lib/domain/session-machine';
import type {
  BoardIdea,
  MatrixView,
  MyPlenary,
  PlenaryBoard,
  PlenaryItem,
  PlenaryProgress,
  PlenaryTable,
  PlenaryView,
  RestitutionView,
  VoteView,
} from '@/lib/realtime/contract';
import type { SessionContext } from './session-context';

/** Who a view is for: the organiser and the projector see everything, phones what they need. */
export type PlenaryAudience = 'full' | 'phone';

/** Whether the session has reached the plenary (phones and the projector get its view from then on). */
export function inPlenary(stage: Stage): boolean {
  return stage.kind === 'plenary' || stage.kind === 'closed';
}

/** "The same" is flattened (every idea points straight at its item's first idea): an idea with no `sameAsId` is an item's first. */
function rootId(idea: Pick<PlenaryIdeaRow, 'id' | 'sameAsId'>): string {
  return idea.sameAsId ?? idea.id;
}

function itemsOf(
  ctx: SessionContext,
  ideas: readonly PlenaryIdeaRow[],
  workstreams: readonly { id: string; name: string }[],
  tables: ReadonlyMap<string, PlenaryTable>,
): PlenaryItem[] {
  if (ctx.plan.plenary.voteOn === 'workstreams') return workstreams.map((w) => ({ id: w.id, kind: 'workstream', label: w.name, table: null, round: null }));
  return ideas
    .filter((idea) => idea.sameAsId === null)
    .map((idea) => ({ id: idea.id, kind: 'idea', label: idea.text, table: tables.get(idea.tableId)?.number ?? null, round: idea.round }));
}

function restitutionOf(stage: Stage, tables: readonly PlenaryTable[], ideas: readonly PlenaryIdeaRow[], highlighted: string | null): RestitutionView | null {
  if (stage.kind !== 'plenary' || stage.step !== 'restitution') return null;
  const table = tables[stage.table];
  if (!table) return null;
  const rounds: RestitutionView['rounds'] = [];
  for (const idea of ideas) {
    if (idea.tableId !== table.id) continue;
    let group = rounds.find((r) => r.round === idea.round);
    if (!group) rounds.push((group = { round: idea.round, ideas: [] }));
    group.ideas.push({ id: idea.id, text: idea.text });
  }
  rounds.sort((a, b) => a.round - b.round);
  const shown = highlighted !== null && ideas.some((i) => i.id === highlighted && i.tableId === table.id) ? highlighted : null;
  return { table, rounds, highlightedIdeaId: shown };
}

function voteOf(db: Queryable, ctx: SessionContext, itemIds: readonly string[], status: VoteView['status']): VoteView {
  const { plenary } = ctx.plan;
  const fullDots = fullAllocation(plenary, itemIds.length);
  if (status !== 'closed') return { status, fullDots, ranking: null, suggestedShortlist: null };
  const ranking = rankTotals(itemIds, tallyVotes(db, ctx.row.id));
  return { status, fullDots, ranking, suggestedShortlist: suggestShortlist(ranking, plenary.shortlistSize) };
}

function matrixOf(db: Queryable, ctx: SessionContext, shortlist: readonly string[]): MatrixView {
  const { ratedBy } = ctx.plan.plenary;
  const revealed = ratingsRevealed(ctx.live.stage, ratedBy);
  const sessionId = ctx.row.id;
  const overrides = loadOverrides(db, sessionId);
  const ordered = shortlist.map((itemId, position) => ({ itemId, position }));
  if (revealed) return { revealed, items: assessShortlist({ shortlist: ordered, ratings: loadRatings(db, sessionId), overrides }, ratedBy) };
  // Hidden: nobody's ratings are read; only an organiser's override places an item.
  const items = assessShortlist({ shortlist: ordered, ratings: [], overrides }, ratedBy);
  return { revealed, items };
}

/** The views of every audience, from one read: the organiser's always, the projector's and the phones' once the plenary is reached. */
export type PlenaryViews = { full: PlenaryView; phone: PlenaryView | null };

/** Builds the whole view once; the phones' is a projection of it (no board; the plan once closed). */
export function buildPlenaryViews(db: Queryable, ctx: SessionContext): PlenaryViews {
  const full = buildPlenaryView(db, ctx, 'full');
  const { stage } = ctx.live;
  if (!inPlenary(stage)) return { full, phone: null };
  return { full, phone: { ...full, board: null, actions: stage.kind === 'closed' ? full.actions : null } };
}

/** The plenary's view for an audience, as of now. */
export function buildPlenaryView(db: Queryable, ctx: SessionContext, audience: PlenaryAudience): PlenaryView {
  const sessionId = ctx.row.id;
  const { stage } = ctx.live;
  const ideas = plenaryIdeas(db, sessionId);
  const tables = plenaryTables(db, sessionId);
  const tableById = new Map(tables.map((t) => [t.id, t]));
  const workstreams = loadWorkstreams(db, sessionId);
  const state = getPlenaryState(db, sessionId);
  const items = itemsOf(ctx, ideas, workstreams, tableById);
  const itemIds = items.map((i) => i.id);
  const known = new Set(itemIds);
  const shortlist = loadShortlist(db, sessionId)
    .map((s) => s.itemId)
    .filter((id) => known.has(id));
  const showActions = audience === 'full' || stage.kind === 'closed';
  return {
    items,
    restitution: restitutionOf(stage, tables, ideas, state.presentedIdeaId),
    vote: voteOf(db, ctx, itemIds, state.voteStatus),
    shortlist,
    matrix: matrixOf(db, ctx, shortlist),
    actions: showActions ? roadmap(loadActions(db, sessionId).filter((a) => known.has(a.itemId))) : null,
    board: audience === 'full' ? boardOf(ideas, tables, workstreams) : null,
  };
}

function boardOf(ideas: readonly PlenaryIdeaRow[], tables: PlenaryTable[], workstreams: PlenaryBoard['workstreams']): PlenaryBoard {
  const workstreamOfIdea = new Map(ideas.map((i) => [i.id, i.workstreamId]));
  const boardIdeas: BoardIdea[] = ideas.map((idea) => ({
    id: idea.id,
    text: idea.text,
    tableId: idea.tableId,
    round: idea.round,
    // An item sits in its first idea's workstream, whatever its other ideas' rows say.
    workstreamId: workstreamOfIdea.get(rootId(idea)) ?? idea.workstreamId,
    sameAsId: idea.sameAsId,
  }));
  return { tables, workstreams, ideas: boardIdeas };
}

/** "28 of 41 have voted" and "12 of 41 have rated": counted in SQL, never who nor what. */
export function buildProgress(db: Queryable, ctx: SessionContext): PlenaryProgress {
  const sessionId = ctx.row.id;
  const { plenary } = ctx.plan;
  const itemIds = listItemIds(db, sessionId, plenary.voteOn);
  const voted = countFullVoters(db, sessionId, itemIds, fullAllocation(plenary, itemIds.length));
  const known = new Set(itemIds);
  const shortlist = shortlistIds(db, sessionId).filter((id) => known.has(id));
  const rated = plenary.ratedBy === 'everyone' ? countFullRaters(db, sessionId, shortlist) : 0;
  return { of: countParticipants(db, sessionId), voted, rated };
}

/** A participant's own dots and ratings, on the items that exist now. */
export function mineOf(db: Queryable, ctx: SessionContext, participantId: string): MyPlenary {
  const dots = loadAllocation(db, participantId);
  const ratings = ratingsOf(db, participantId);
  const known = itemsAmong(db, ctx.row.id, ctx.plan.plenary.voteOn, [...Object.keys(dots), ...Object.keys(ratings)]);
  return {
    dots: Object.fromEntries(Object.entries(dots).filter(([id]) => known.has(id))),
    ratings: Object.fromEntries(Object.entries(ratings).filter(([id]) => known.has(id))),
  };
}
