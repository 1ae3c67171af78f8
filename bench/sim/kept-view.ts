/**
 * What a simulated client (a phone, the organiser's console) does with a server message to the one
 * view it keeps, through the app's own reducers (`lib/realtime/client-state.ts`). Unlike the pages'
 * `SessionConnection` it neither queues broadcasts during a sync nor keeps tables apart: a gap only
 * says to ask for a snapshot.
 */
import { applyBroadcast, applyPlusOnes, applyTableView, applyWholeValue } from '@/lib/realtime/client-state';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionAction } from '@/lib/realtime/subscriptions';

/** A change to a kept view: everything but a snapshot, a deletion or a removal, which each client handles itself. */
export type ViewChange = Extract<SessionAction, { kind: 'numbered' | 'table' | 'plus-ones' | 'whole' }>;

/** The kept view after `change`; `gap`: a numbered broadcast was missed (the view is unchanged: ask for a snapshot). */
export function applyToKept(view: Snapshot, change: ViewChange): { view: Snapshot; gap: boolean } {
  switch (change.kind) {
    case 'numbered': {
      const result = applyBroadcast(view, change.broadcast);
      return result.status === 'gap' ? { view, gap: true } : { view: result.view, gap: false };
    }
    case 'table':
      return { view: applyTableView(view, change.view, { replaceEqual: true }), gap: false };
    case 'plus-ones':
      return { view: applyPlusOnes(view, change.message), gap: false };
    case 'whole':
      return { view: applyWholeValue(view, change.update), gap: false };
  }
}
