import type { Tx } from '@/db/client';
import { bumpTableSeq } from '@/db/queries/seating';
import type { Services } from '@/lib/realtime/server/command';

/** A table's view changed: bump its sequence now, send its view after the commit (and the plenary's views, when its ideas changed). */
export function tableChanged(tx: Tx, services: Services, sessionId: string, tableId: string, change: { ideas?: boolean } = {}) {
  bumpTableSeq(tx, [tableId]);
  return { result: {}, afterCommit: () => services.broadcaster.tables(sessionId, [tableId], change) };
}
