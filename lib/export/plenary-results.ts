/**
 * The plenary's results per item, from its stored records: the vote's ranking, gain and effort with
 * their quadrant, the actions. An idea marked "the same" as another counts as that idea's item.
 * Uses the plenary's own rules (ranking.ts, assessment.ts).
 */
import { placedQuadrant, summarise } from '@/lib/domain/plenary/assessment';
import { rank } from '@/lib/domain/plenary/ranking';
import type { Quadrant } from '@/lib/domain/plenary/plenary-types';
import type { CafeRecord } from './cafe-record';
import type { IdeaIndex } from './cafe-ideas';
import type { Assessment, VoteResult } from './deliverable-types';

type Action = CafeRecord['plenary']['actions'][number];
type Vote = { participantId: string; itemId: string; dots: number };

export type PlenaryResults = {
  onWorkstreams: boolean;
  /** Item ids in their natural order (workstreams by position, or root ideas in reading order). */
  items: string[];
  voted: boolean;
  /** Items in vote order (most dots first, ties in natural order); the natural order when no vote was held. */
  ranked: string[];
  voteOf(itemId: string): VoteResult | null;
  /** Each workstream's vote: its own, or its ideas' dots added up when the vote was on ideas. */
  workstreamVoteOf(workstreamId: string): VoteResult | null;
  workstreamsRanked: string[];
  assessmentOf(itemId: string): Assessment;
  shortlistPosition: ReadonlyMap<string, number>;
  actionsOf(itemId: string): Action[];
  actions: Action[];
};

/** Dots added up per person and item, after mapping each vote's item (two merged ideas make one item). */
function regroup(votes: readonly Vote[], itemOf: (itemId: string) => string | undefined): Vote[] {
  const sums = new Map<string, Vote>();
  for (const vote of votes) {
    const itemId = itemOf(vote.itemId);
    if (itemId === undefined) continue;
    const key = `${vote.participantId}\u0000${itemId}`;
    const sum = sums.get(key);
    if (sum) sum.dots += vote.dots;
    else sums.set(key, { participantId: vote.participantId, itemId, dots: vote.dots });
  }
  return [...sums.values()];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId(ranking: ReturnType<typeof rank>): Map<string, VoteResult> {
  return new Map(ranking.map((r) => [r.itemId, { dots: r.dots, voters: r.voters, rank: r.rank, tied: r.tied }]));
}

export function plenaryResults(record: CafeRecord, ideas: IdeaIndex): PlenaryResults {
  const { plenary } = record;
  const onWorkstreams = record.session.plenary.voteOn === 'workstreams';
  const workstreamIds = ideas.workstreams.map((w) => w.id);
  const items = onWorkstreams ? workstreamIds : [...ideas.groups.keys()];
  const itemOf = (itemId: string) => (onWorkstreams ? itemId : ideas.rootOf(itemId));
  const voted = plenary.votes.some((v) => v.dots > 0) || plenary.voteStatus !== 'not-started';

  const votes = regroup(plenary.votes, itemOf);
  const ranking = rank(items, votes);
  const votesById = byId(ranking);

  const workstreamRanking = onWorkstreams
    ? ranking
    : rank(
        workstreamIds,
        regroup(votes, (ideaId) => ideas.workstreamOf.get(ideaId)),
      );
  const workstreamVotes = byId(workstreamRanking);

  const gains = new Map<string, number[]>();
  const efforts = new Map<string, number[]>();
  for (const rating of plenary.ratings) {
    const itemId = itemOf(rating.itemId);
    push(gains, itemId, rating.gain);
    push(efforts, itemId, rating.effort);
  }
  const overrides = new Map<string, Quadrant>(plenary.overrides.map((o) => [itemOf(o.itemId), o.quadrant]));
  const assessmentOf = (itemId: string): Assessment => {
    const gain = summarise(gains.get(itemId) ?? []);
    const effort = summarise(efforts.get(itemId) ?? []);
    const placed = placedQuadrant(gain, effort, overrides.get(itemId) ?? null);
    return { gain, effort, quadrant: placed?.quadrant ?? null, overridden: placed?.overridden ?? false };
  };

  const shortlistPosition = new Map<string, number>();
  for (const entry of [...plenary.shortlist].sort((a, b) => a.position - b.position)) {
    const itemId = itemOf(entry.itemId);
    if (!shortlistPosition.has(itemId)) shortlistPosition.set(itemId, shortlistPosition.size);
  }

  const actions = [...plenary.actions].sort((a, b) => a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const actionsByItem = new Map<string, Action[]>();
  for (const action of actions) {
    const itemId = itemOf(action.itemId);
    push(actionsByItem, itemId, action);
  }

  return {
    onWorkstreams,
    items,
    voted,
    ranked: voted ? ranking.map((r) => r.itemId) : items,
    voteOf: (itemId) => (voted ? (votesById.get(itemId) ?? null) : null),
    workstreamVoteOf: (workstreamId) => (voted ? (workstreamVotes.get(workstreamId) ?? null) : null),
    workstreamsRanked: voted ? workstreamRanking.map((r) => r.itemId) : workstreamIds,
    assessmentOf,
    shortlistPosition,
    actionsOf: (itemId) => actionsByItem.get(itemId) ?? [],
    actions,
  };
}
