/** What a phone does when it opens a table's own link (`/t/<code>/<n>`), from its snapshot. */
import type { Snapshot, TableRef } from '@/lib/realtime/contract';

/** Sit there at once, ask first (the person sits at another table), or nothing to do (already there). */
export type TableLinkAction = { kind: 'take' } | { kind: 'ask'; from: TableRef } | { kind: 'none' };

/**
 * A person already seated elsewhere is asked before moving: a link opened by mistake (a QR scanned
 * at the wrong table, a shared link) must not move them silently. After a rotation the link is the
 * check-in, which the server checks itself (and names the right table when it is the wrong one).
 */
export function tableLinkAction(view: Snapshot, link: { table: number; hostKey?: string }): TableLinkAction {
  const seat = view.myTable ?? null;
  if (!view.me?.tableId || !seat || seat.id !== view.me.tableId) return { kind: 'take' };
  if (view.arrival && !view.arrival.checkedIn) return { kind: 'take' };
  if (seat.number === link.table) return link.hostKey !== undefined ? { kind: 'take' } : { kind: 'none' };
  return { kind: 'ask', from: seat };
}
