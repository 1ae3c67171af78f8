import { emptySchema, pingSchema } from '@/lib/realtime/contract';
import { onCommand, type CommandContext } from './command';
import { buildSnapshot } from './snapshot';
import type { RealtimeSocket } from './types';

const anyone = () => true;

/** Commands every client may send: a fresh snapshot (after a gap) and clock pings. */
export function registerCommonHandlers(socket: RealtimeSocket, ctx: CommandContext): void {
  onCommand(
    socket,
    'session:sync',
    { allow: anyone, schema: emptySchema, run: (_input, { identity }) => ({ result: { snapshot: buildSnapshot(ctx.deps, identity) } }) },
    ctx,
  );
  onCommand(socket, 'time:ping', { allow: anyone, schema: pingSchema, run: ({ clientTime }, { now }) => ({ result: { clientTime, serverTime: now } }) }, ctx);
}
