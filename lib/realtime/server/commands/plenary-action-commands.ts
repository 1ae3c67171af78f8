/**
 * The action plan: the organiser gives an item an action (owner, deadline or horizon, objective,
 * status) with a stable code, removes it, and orders the roadmap. The rules are
 * lib/domain/plenary/actions.ts; codes come from the session's counter, stored with the action.
 */
import { deleteAction, saveAction, saveActionPositions } from '@/db/queries/plenary-actions';
import { listItemIds } from '@/db/queries/plenary-items';
import { loadActions } from '@/db/queries/plenary-records';
import { getPlenaryState } from '@/db/queries/plenary-state';
import { reorderActions, upsertAction, type ActionFields } from '@/lib/domain/plenary/actions';
import { actionDeleteSchema, actionReorderSchema, actionUpsertSchema } from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { plenaryChanged, plenaryRefusal, requireShaping } from '@/lib/realtime/server/plenary-guards';

/** A new action's fields before the organiser fills them in. */
const BLANK: ActionFields = { owner: '', deadline: null, horizon: null, objective: '', status: 'proposed' };

/** Creates or edits an item's action; the fields left out keep their value. */
export const actionUpsertCommand = declareCommand({
  event: 'action:upsert',
  auth: sessionOrganiser,
  schema: actionUpsertSchema,
  idempotent: true,
  run: ({ commandId: _commandId, itemId, ...given }, { tx, actor: session, services }) => {
    requireShaping(session);
    const sessionId = session.row.id;
    const actions = loadActions(tx, sessionId);
    const before = actions.find((a) => a.itemId === itemId) ?? BLANK;
    const fields: ActionFields = {
      owner: given.owner ?? before.owner,
      deadline: given.deadline !== undefined ? given.deadline : before.deadline,
      horizon: given.horizon !== undefined ? given.horizon : before.horizon,
      objective: given.objective ?? before.objective,
      status: given.status ?? before.status,
    };
    const known = listItemIds(tx, sessionId, session.plan.plenary.voteOn);
    const upserted = upsertAction(actions, known, getPlenaryState(tx, sessionId).lastActionNumber, itemId, fields);
    if (!upserted.ok) throw plenaryRefusal(upserted.code);
    saveAction(tx, sessionId, upserted.action, upserted.lastNumber);
    return plenaryChanged(services, sessionId, { code: upserted.action.code });
  },
});

/** Removes an item's action; its code is never handed out again. */
export const actionDeleteCommand = declareCommand({
  event: 'action:delete',
  auth: sessionOrganiser,
  schema: actionDeleteSchema,
  idempotent: true,
  run: ({ itemId }, { tx, actor: session, services }) => {
    requireShaping(session);
    const sessionId = session.row.id;
    if (!loadActions(tx, sessionId).some((a) => a.itemId === itemId)) throw plenaryRefusal('unknown-item');
    deleteAction(tx, sessionId, itemId);
    return plenaryChanged(services, sessionId, {});
  },
});

/** The roadmap's new order, as the full list of codes (`conflict` when it is not exactly the plan's). */
export const actionReorderCommand = declareCommand({
  event: 'action:reorder',
  auth: sessionOrganiser,
  schema: actionReorderSchema,
  idempotent: true,
  run: ({ codes }, { tx, actor: session, services }) => {
    requireShaping(session);
    const sessionId = session.row.id;
    const reordered = reorderActions(loadActions(tx, sessionId), codes);
    if (!reordered.ok) throw plenaryRefusal(reordered.code);
    saveActionPositions(tx, sessionId, reordered.actions);
    return plenaryChanged(services, sessionId, {});
  },
});
