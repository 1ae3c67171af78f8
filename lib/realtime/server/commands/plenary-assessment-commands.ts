/**
 * Effort × gain: the organiser's shortlist (from the closed vote, or a pick), the ratings — a
 * participant's own during the assessment step, or the organiser's — and the organiser's quadrant
 * overrides. The rules are lib/domain/plenary/{shortlist,assessment}.ts.
 */
import type { Tx } from '@/db/client';
import { itemsAmong, listItemIds } from '@/db/queries/plenary-items';
import { replaceShortlist, setOrganiserRating, setQuadrantOverride, setRating, shortlistIds } from '@/db/queries/plenary-assessment';
import { getPlenaryState } from '@/db/queries/plenary-state';
import { tallyVotes } from '@/db/queries/plenary-votes';
import { checkOverride, checkRating } from '@/lib/domain/plenary/assessment';
import { QUADRANTS } from '@/lib/domain/plenary/plenary-types';
import { rankTotals } from '@/lib/domain/plenary/ranking';
import { pickShortlist, suggestShortlist } from '@/lib/domain/plenary/shortlist';
import { quadrantOverrideSchema, ratingSetSchema, shortlistFromVoteSchema, shortlistSetSchema } from '@/lib/realtime/contract';
import { participant, sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { plenaryChanged, plenaryRefusal, requireShaping } from '@/lib/realtime/server/plenary-guards';
import { mineOf } from '@/lib/realtime/server/plenary-view';
import type { SessionContext } from '@/lib/realtime/server/session-context';

/** Stores the organiser's list as the shortlist, checked against the items that exist. */
function saveShortlist(tx: Tx, session: SessionContext, itemIds: readonly string[]): string[] {
  const picked = pickShortlist(itemIds, listItemIds(tx, session.row.id, session.plan.plenary.voteOn));
  if (!picked.ok) throw plenaryRefusal(picked.code);
  replaceShortlist(tx, session.row.id, picked.shortlist);
  return picked.shortlist.map((s) => s.itemId);
}

/** The shortlisted items that still exist (at most 30 ids checked: every phone's rating reads it). */
function currentShortlist(tx: Tx, session: SessionContext): string[] {
  const listed = shortlistIds(tx, session.row.id);
  const known = itemsAmong(tx, session.row.id, session.plan.plenary.voteOn, listed);
  return listed.filter((id) => known.has(id));
}

/** The organiser's pick, in order (an empty list clears the shortlist). */
export const shortlistSetCommand = declareCommand({
  event: 'shortlist:set',
  auth: sessionOrganiser,
  schema: shortlistSetSchema,
  idempotent: true,
  run: ({ itemIds }, { tx, actor: session, services }) => {
    requireShaping(session);
    return plenaryChanged(services, session.row.id, { itemIds: saveShortlist(tx, session, itemIds) });
  },
});

/** The closed vote's top items (within the programme's shortlistSize, ties at the cut kept) become the shortlist. */
export const shortlistFromVoteCommand = declareCommand({
  event: 'shortlist:from-vote',
  auth: sessionOrganiser,
  schema: shortlistFromVoteSchema,
  idempotent: true,
  run: (_input, { tx, actor: session, services }) => {
    requireShaping(session);
    const sessionId = session.row.id;
    if (getPlenaryState(tx, sessionId).voteStatus !== 'closed') throw plenaryRefusal('vote-not-closed');
    const ranking = rankTotals(listItemIds(tx, sessionId, session.plan.plenary.voteOn), tallyVotes(tx, sessionId));
    return plenaryChanged(services, sessionId, { itemIds: saveShortlist(tx, session, suggestShortlist(ranking, session.plan.plenary.shortlistSize)) });
  },
});

/** A participant's own gain and effort for a shortlisted item, during the assessment step (null takes it back). */
export const ratingSetCommand = declareCommand({
  event: 'rating:set',
  auth: participant,
  schema: ratingSetSchema,
  idempotent: true,
  run: ({ itemId, rating }, { tx, actor: phone, services }) => {
    const sessionId = phone.row.id;
    const refused = checkRating(rating, {
      rater: 'participant',
      ratedBy: phone.plan.plenary.ratedBy,
      itemId,
      shortlist: currentShortlist(tx, phone),
      stage: phone.live.stage,
    });
    if (refused) throw plenaryRefusal(refused);
    setRating(tx, sessionId, phone.me.id, itemId, rating);
    return {
      result: { ratings: mineOf(tx, phone, phone.me.id).ratings },
      afterCommit: () => {
        services.broadcaster.myPlenary(sessionId, [phone.me.id]);
        services.broadcaster.plenaryProgress(sessionId);
      },
    };
  },
});

/** The organiser's own gain and effort, when the organiser rates (shown on the matrix as they go). */
export const organiserRatingSetCommand = declareCommand({
  event: 'organiser-rating:set',
  auth: sessionOrganiser,
  schema: ratingSetSchema,
  idempotent: true,
  run: ({ itemId, rating }, { tx, actor: session, services }) => {
    requireShaping(session);
    const refused = checkRating(rating, {
      rater: 'organiser',
      ratedBy: session.plan.plenary.ratedBy,
      itemId,
      shortlist: currentShortlist(tx, session),
      stage: session.live.stage,
    });
    if (refused) throw plenaryRefusal(refused);
    setOrganiserRating(tx, session.row.id, itemId, rating);
    return plenaryChanged(services, session.row.id, {});
  },
});

/** Moves a shortlisted item to another quadrant (kept and marked as an override), or back to its medians' (null). */
export const quadrantOverrideCommand = declareCommand({
  event: 'quadrant:override',
  auth: sessionOrganiser,
  schema: quadrantOverrideSchema,
  idempotent: true,
  run: ({ itemId, quadrant }, { tx, actor: session, services }) => {
    requireShaping(session);
    const refused = checkOverride(quadrant, itemId, currentShortlist(tx, session));
    if (refused) throw plenaryRefusal(refused);
    setQuadrantOverride(tx, session.row.id, itemId, QUADRANTS.find((q) => q === quadrant) ?? null);
    return plenaryChanged(services, session.row.id, {});
  },
});
