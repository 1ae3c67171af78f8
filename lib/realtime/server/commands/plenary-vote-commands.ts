/**
 * The silent dot vote: a participant sets, moves or replaces their own dots while the vote is open;
 * the organiser opens, closes and reopens it. A person's allocation is a value (lib/domain/plenary/vote.ts):
 * a retried or repeated command leaves the same allocation. Nobody is told anyone else's dots; the
 * room gets only the progress until the close.
 */
import type { Tx } from '@/db/client';
import { listItemIds, itemsAmong } from '@/db/queries/plenary-items';
import { getPlenaryState, setVoteStatus } from '@/db/queries/plenary-state';
import { applyVoteChanges, loadAllocation } from '@/db/queries/plenary-votes';
import { closeVote, moveDot, openVote, replaceAllocation, setDots, type Allocation, type AllocationChange } from '@/lib/domain/plenary/vote';
import { voteMoveSchema, voteReplaceSchema, voteSetSchema, voteStatusSchema } from '@/lib/realtime/contract';
import { participant, sessionOrganiser, type ParticipantContext } from '@/lib/realtime/server/auth';
import { declareCommand, type Services } from '@/lib/realtime/server/command';
import { plenaryChanged, plenaryRefusal, requireShaping } from '@/lib/realtime/server/plenary-guards';

/** What the vote's rules check an allocation against. */
type VoteContext = Parameters<typeof setDots>[3];

/**
 * This person's dots on the items that exist now, and the rules to change them. Only the ids the
 * command touches are checked against the items (the hot path does not read every item).
 */
function voteOf(tx: Tx, phone: ParticipantContext, touched: readonly string[]): { current: Allocation; rules: VoteContext } {
  const sessionId = phone.row.id;
  const { plenary } = phone.plan;
  const stored = loadAllocation(tx, phone.me.id);
  const known = itemsAmong(tx, sessionId, plenary.voteOn, [...Object.keys(stored), ...touched]);
  const current = Object.fromEntries(Object.entries(stored).filter(([itemId]) => known.has(itemId)));
  return { current, rules: { status: getPlenaryState(tx, sessionId).voteStatus, itemIds: [...known], rules: plenary } };
}

/** Stores an allocation change (the rows that differ) and tells the person and the room's progress. */
function store(tx: Tx, phone: ParticipantContext, change: AllocationChange, services: Services) {
  if (!change.ok) throw plenaryRefusal(change.code);
  const sessionId = phone.row.id;
  applyVoteChanges(tx, sessionId, phone.me.id, change.changes);
  const result = { dots: { ...change.allocation } };
  if (change.changes.length === 0) return { result };
  return {
    result,
    afterCommit: () => {
      services.broadcaster.myPlenary(sessionId, [phone.me.id]);
      services.broadcaster.plenaryProgress(sessionId);
    },
  };
}

/** Puts exactly `dots` on an item (0 takes them back). */
export const voteSetCommand = declareCommand({
  event: 'vote:set',
  auth: participant,
  schema: voteSetSchema,
  idempotent: true,
  run: ({ itemId, dots }, { tx, actor: phone, services }) => {
    const { current, rules } = voteOf(tx, phone, [itemId]);
    return store(tx, phone, setDots(current, itemId, dots, rules), services);
  },
});

/** Moves one dot from an item to another, in one step. */
export const voteMoveCommand = declareCommand({
  event: 'vote:move',
  auth: participant,
  schema: voteMoveSchema,
  idempotent: true,
  run: ({ fromId, toId }, { tx, actor: phone, services }) => {
    const { current, rules } = voteOf(tx, phone, [fromId, toId]);
    return store(tx, phone, moveDot(current, fromId, toId, rules), services);
  },
});

/** Replaces the whole allocation (a phone that keeps its dots and sends them all). */
export const voteReplaceCommand = declareCommand({
  event: 'vote:replace',
  auth: participant,
  schema: voteReplaceSchema,
  idempotent: true,
  run: ({ dots }, { tx, actor: phone, services }) => {
    const { current, rules } = voteOf(tx, phone, Object.keys(dots));
    return store(tx, phone, replaceAllocation(current, dots, rules), services);
  },
});

/** Opens the vote during the plenary, or reopens a closed one (the dots stay where they were). */
export const voteOpenCommand = declareCommand({
  event: 'vote:open',
  auth: sessionOrganiser,
  schema: voteStatusSchema,
  idempotent: true,
  run: (_input, { tx, actor: session, services }) => {
    requireShaping(session);
    if (session.live.stage.kind !== 'plenary') throw plenaryRefusal('wrong-step');
    const sessionId = session.row.id;
    const opened = openVote(getPlenaryState(tx, sessionId).voteStatus, listItemIds(tx, sessionId, session.plan.plenary.voteOn).length);
    if (!opened.ok) throw plenaryRefusal(opened.code);
    setVoteStatus(tx, sessionId, opened.status);
    return plenaryChanged(services, sessionId, { status: opened.status });
  },
});

/** Closes the vote: the ranking goes to everyone. */
export const voteCloseCommand = declareCommand({
  event: 'vote:close',
  auth: sessionOrganiser,
  schema: voteStatusSchema,
  idempotent: true,
  run: (_input, { tx, actor: session, services }) => {
    requireShaping(session);
    const sessionId = session.row.id;
    const closed = closeVote(getPlenaryState(tx, sessionId).voteStatus);
    if (!closed.ok) throw plenaryRefusal(closed.code);
    setVoteStatus(tx, sessionId, closed.status);
    return plenaryChanged(services, sessionId, { status: closed.status });
  },
});
