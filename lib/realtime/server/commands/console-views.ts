import { listParticipants } from '@/db/queries/participants';
import { emptySchema, tableWatchSchema } from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { rooms } from '@/lib/realtime/server/rooms';
import { requireTable } from '@/lib/realtime/server/seating-moves';
import { buildTableView } from '@/lib/realtime/server/table-view';

/** Everyone who joined, for the console's panels that show names (then kept current by `participants:changed`). */
export const participantsListCommand = declareCommand({
  event: 'participants:list',
  auth: sessionOrganiser,
  schema: emptySchema,
  run: (_input, { tx, actor: session }) => ({ result: { participants: listParticipants(tx, session.row.id) } }),
});

/** The console opens a table (or closes it, with null): its view now, and its changes from now on, like its phones. */
export const tableWatchCommand = declareCommand({
  event: 'table:watch',
  auth: sessionOrganiser,
  schema: tableWatchSchema,
  run: ({ tableId }, { tx, actor: session, socket, services }) => {
    const table = tableId === null ? null : requireTable(tx, session.row.id, tableId);
    const view = table ? buildTableView(tx, table, session.view) : null;
    return {
      result: { view },
      afterCommit: () => {
        const previous = socket.data.watching;
        if (previous && previous !== tableId) void socket.leave(rooms.table(previous));
        if (tableId) void socket.join(rooms.table(tableId));
        services.broadcaster.viewHandedOut(view);
        socket.data.watching = tableId;
      },
    };
  },
});
