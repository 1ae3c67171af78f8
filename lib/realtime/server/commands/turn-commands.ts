import { saveQueue } from '@/db/queries/speaking';
import { advance, skip } from '@/lib/domain/speaking-order';
import { turnSchema } from '@/lib/realtime/contract';
import { hostOrOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { ensureSpeakingQueue } from '@/lib/realtime/server/speaking-queues';
import { stewardTable } from './steward';
import { tableChanged } from './table-changed';

/** The tour de table, moved on by the table's host (or the organiser for a table): next speaker, or skip. */
function turnCommand(event: 'turn:next' | 'turn:skip', step: typeof advance) {
  return declareCommand({
    event,
    auth: hostOrOrganiser,
    schema: turnSchema,
    idempotent: true,
    run: ({ tableId }, { tx, actor, now, services }) => {
      const table = stewardTable(tx, actor, tableId);
      const { stage } = actor.live;
      if (stage.kind !== 'phase' || stage.phase !== 'sharing') throw new CommandError('wrong-phase', 'the tour de table is in the sharing phase');
      saveQueue(tx, table.id, stage.round, step(ensureSpeakingQueue(tx, actor, table.id, stage.round, now), now));
      return tableChanged(tx, services, actor.row.id, table.id);
    },
  });
}

export const turnNextCommand = turnCommand('turn:next', advance);
export const turnSkipCommand = turnCommand('turn:skip', skip);
