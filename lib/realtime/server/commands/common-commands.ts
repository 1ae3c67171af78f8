import { emptySchema, pingSchema } from '@/lib/realtime/contract';
import { anyone, anyoneInSession } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { buildSnapshot } from '@/lib/realtime/server/snapshot';

/** A fresh snapshot (after a gap in the sequence). */
export const syncCommand = declareCommand({
  event: 'session:sync',
  auth: anyoneInSession,
  schema: emptySchema,
  run: (_input, { actor, tx, services }) => {
    const snapshot = buildSnapshot(services.deps, tx, actor.identity);
    return { result: { snapshot }, afterCommit: () => services.broadcaster.viewHandedOut(snapshot.table) };
  },
});

/** A clock sample: the client estimates its offset to the server's clock. */
export const pingCommand = declareCommand({
  event: 'time:ping',
  auth: anyone,
  schema: pingSchema,
  immediate: true,
  run: ({ clientTime }, { now }) => ({ result: { clientTime, serverTime: now } }),
});
