import { deleteParticipants, participantsOfSession, tablesTouchedBy } from '@/db/queries/participants';
import { forgetReceipts } from '@/db/queries/receipts';
import { bumpTableSeq } from '@/db/queries/seating';
import { participantRemoveSchema } from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand, participantActor } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { moveParticipant } from '@/lib/realtime/server/seating-moves';

/**
 * The organiser removes people (one, or a selection such as everyone who joined in the last
 * minute): their token stops working and their phones are disconnected; what they wrote (notes,
 * +1s, votes) goes with them, while the ideas a host already consolidated stay with the table. A
 * host's table is left without a host; the speaking order, the counts and the rotation preview follow.
 */
export const participantRemoveCommand = declareCommand({
  event: 'participant:remove',
  auth: sessionOrganiser,
  schema: participantRemoveSchema,
  idempotent: true,
  run: ({ participantIds }, { tx, actor: session, now, services: { broadcaster, previews } }) => {
    const sessionId = session.row.id;
    const people = participantsOfSession(tx, sessionId, participantIds);
    if (!people) throw new CommandError('not-found', 'someone in this list is not (or no longer) in this session');
    const ids = people.map((p) => p.id);
    const changed = new Set(tablesTouchedBy(tx, ids));
    for (const id of ids) for (const tableId of moveParticipant(tx, session, id, null, now).changed) changed.add(tableId);
    deleteParticipants(tx, ids);
    for (const id of ids) forgetReceipts(tx, participantActor(id));
    bumpTableSeq(tx, changed);
    return {
      result: { removed: ids.length },
      afterCommit: () => {
        broadcaster.removed(sessionId, ids, [...changed]);
        // Their seating wishes went with them, and a preview not applied yet counted them.
        broadcaster.constraints(sessionId);
        previews.replan(sessionId);
      },
    };
  },
});
