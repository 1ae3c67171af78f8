import { getIdea } from '@/db/queries/ideas';
import { setPresentedIdea } from '@/db/queries/plenary-state';
import { listTableRows } from '@/db/queries/seating';
import { checkPresentedIdea } from '@/lib/domain/plenary/restitution';
import { restitutionShowSchema } from '@/lib/realtime/contract';
import { hostOrOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { plenaryChanged, plenaryRefusal } from '@/lib/realtime/server/plenary-guards';

/** The presenting table's host (or the organiser) shows one of the table's ideas on every screen (null: none). */
export const restitutionShowCommand = declareCommand({
  event: 'restitution:show',
  auth: hostOrOrganiser,
  schema: restitutionShowSchema,
  idempotent: true,
  run: ({ ideaId }, { tx, actor, services }) => {
    const sessionId = actor.row.id;
    const idea = ideaId === null ? null : getIdea(tx, ideaId);
    const shown = ideaId === null ? null : idea && idea.sessionId === sessionId ? { tableId: idea.tableId } : 'unknown';
    const who = actor.steward.role === 'host' ? { role: 'host' as const, tableId: actor.steward.table.id } : { role: 'organiser' as const };
    const tableIds = listTableRows(tx, sessionId).map((t) => t.id);
    const refused = checkPresentedIdea(who, shown, actor.live.stage, tableIds);
    if (refused) throw plenaryRefusal(refused);
    setPresentedIdea(tx, sessionId, ideaId);
    return plenaryChanged(services, sessionId, {});
  },
});
