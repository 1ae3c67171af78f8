import type { Tx } from '@/db/client';
import type { TableRow } from '@/db/queries/seating';
import { currentRound } from '@/lib/domain/session-machine';
import { canConsolidate } from '@/lib/domain/visibility';
import type { StewardContext } from '@/lib/realtime/server/auth';
import { CommandError } from '@/lib/realtime/server/command-error';
import { requireTable } from '@/lib/realtime/server/seating-moves';

/** The table a steward acts on: the host's own (a payload naming another is refused), or the one the organiser names. */
export function stewardTable(tx: Tx, ctx: StewardContext, tableId: string | undefined): TableRow {
  if (ctx.steward.role === 'host') {
    if (tableId !== undefined && tableId !== ctx.steward.table.id) throw new CommandError('forbidden', 'a host acts on their own table only');
    return ctx.steward.table;
  }
  if (!tableId) throw new CommandError('invalid-payload', 'the organiser names the table (tableId)');
  return requireTable(tx, ctx.row.id, tableId);
}

/** The round whose ideas may be shaped now, or wrong-phase (session-closed once the café is closed). */
export function consolidationRound(ctx: StewardContext): number {
  if (ctx.live.stage.kind === 'closed') throw new CommandError('session-closed', 'the session is closed: its ideas are final');
  const round = currentRound(ctx.live.stage, ctx.roundCount);
  if (round === null || !canConsolidate(ctx.steward.role, ctx.live.stage))
    throw new CommandError('wrong-phase', 'ideas are consolidated during the consolidation phase');
  return round;
}
