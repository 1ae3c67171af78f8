import { randomUUID } from 'node:crypto';
import type { Tx } from '@/db/client';
import { countConstraints, deleteConstraint, insertConstraint, listConstraints } from '@/db/queries/constraints';
import { getParticipant } from '@/db/queries/participants';
import { listTableRows } from '@/db/queries/seating';
import { nextRoundOf } from '@/lib/domain/rotation/next-round';
import { constraintAddSchema, constraintRemoveSchema, LIMITS, type ConstraintView } from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand, type Services } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { requireTable } from '@/lib/realtime/server/seating-moves';
import type { SessionContext } from '@/lib/realtime/server/session-context';

/** The wishes, whole, to the organiser; a preview not applied yet is re-planned for them (off the thread), then shown. */
function wishesChanged(sessionId: string, services: Services): void {
  services.broadcaster.constraints(sessionId);
  services.previews.replan(sessionId);
}

/** A wish before it has an id (each member of the union keeps its own fields). */
type NewWish = ConstraintView extends infer C ? (C extends ConstraintView ? Omit<C, 'id'> : never) : never;

/** The same wish (a pair in either order, the same table, the same round). */
function sameWish(a: NewWish, b: NewWish): boolean {
  if (a.round !== b.round) return false;
  if (a.kind === 'stay' || b.kind === 'stay') return a.kind === 'stay' && b.kind === 'stay' && a.person === b.person && a.tableId === b.tableId;
  return a.kind === b.kind && ((a.a === b.a && a.b === b.b) || (a.a === b.b && a.b === b.a));
}

/** A wish names movers of this session: an unknown id is not-found, a table's host is refused (hosts stay put). */
function checkPeople(tx: Tx, session: SessionContext, people: readonly string[]): void {
  const hosts = new Set(listTableRows(tx, session.row.id).flatMap((t) => (t.hostId ? [t.hostId] : [])));
  for (const id of people) {
    const person = getParticipant(tx, id);
    if (!person || person.sessionId !== session.row.id) throw new CommandError('not-found', 'no such participant');
    if (hosts.has(id)) throw new CommandError('is-host', `${person.displayName} hosts a table and stays there`);
  }
}

/** A seating wish; a preview not yet applied is re-planned with the same seed. */
export const constraintAddCommand = declareCommand({
  event: 'constraint:add',
  auth: sessionOrganiser,
  schema: constraintAddSchema,
  idempotent: true,
  run: ({ constraint }, { tx, actor: session, now, services }) => {
    const next = nextRoundOf(session.live.stage, session.roundCount);
    if (next === null) throw new CommandError('wrong-phase', 'no round is left to seat');
    const round = constraint.round ?? null;
    if (round !== null && round >= session.roundCount) {
      throw new CommandError('invalid-payload', 'invalid constraint:add payload', [
        { path: ['constraint', 'round'], message: `the session has ${session.roundCount} rounds` },
      ]);
    }
    if (round !== null && round < next) throw new CommandError('wrong-phase', `round ${round + 1} is already seated`);
    const wish: NewWish =
      constraint.kind === 'stay'
        ? { kind: 'stay', person: constraint.person, tableId: constraint.tableId, round }
        : { kind: constraint.kind, a: constraint.a, b: constraint.b, round };
    checkPeople(tx, session, wish.kind === 'stay' ? [wish.person] : [wish.a, wish.b]);
    if (wish.kind === 'stay') requireTable(tx, session.row.id, wish.tableId);
    // The same wish twice is kept once: the organiser gets the existing one back.
    const existing = listConstraints(tx, session.row.id).find((c) => sameWish(c, wish));
    if (existing) return { result: { constraintId: existing.id } };
    if (countConstraints(tx, session.row.id) >= LIMITS.constraintsMax) throw new CommandError('too-many', `at most ${LIMITS.constraintsMax} seating wishes`);
    const id = randomUUID();
    insertConstraint(tx, {
      id,
      sessionId: session.row.id,
      kind: wish.kind,
      personA: wish.kind === 'stay' ? wish.person : wish.a,
      personB: wish.kind === 'stay' ? null : wish.b,
      tableId: wish.kind === 'stay' ? wish.tableId : null,
      roundIndex: round,
      createdAt: now,
    });
    return { result: { constraintId: id }, afterCommit: () => wishesChanged(session.row.id, services) };
  },
});

export const constraintRemoveCommand = declareCommand({
  event: 'constraint:remove',
  auth: sessionOrganiser,
  schema: constraintRemoveSchema,
  idempotent: true,
  run: ({ constraintId }, { tx, actor: session, services }) => {
    if (!deleteConstraint(tx, session.row.id, constraintId)) throw new CommandError('not-found', 'no such seating wish');
    return { result: {}, afterCommit: () => wishesChanged(session.row.id, services) };
  },
});
