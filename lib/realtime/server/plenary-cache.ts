/**
 * What the plenary's views and progress were last, per database and session: a wave of 2,000 phones
 * reconnecting (a restart, a Wi-Fi drop) reads the view once, not 2,000 times (about 45 ms each for a
 * café of 3,000 ideas), and a room is never sent again what it already has. Every change of what the
 * views show goes through the broadcaster, which forgets the views it made stale.
 */
import { rootOf, type Db, type Queryable } from '@/db/client';
import type { PlenaryProgress } from '@/lib/realtime/contract';
import { buildPlenaryViews, buildProgress, type PlenaryViews } from './plenary-view';
import type { SessionContext } from './session-context';

type Store = {
  /** The views as last built, with the stage they were built at. */
  views: Map<string, { stage: string; views: PlenaryViews }>;
  /** What each room last received of an event (its JSON), keyed `event@room`. */
  sent: Map<string, string>;
  /** The progress each room last received. */
  progress: Map<string, PlenaryProgress>;
  /** The progress as last counted, per session, until someone votes or rates again. */
  counted: Map<string, PlenaryProgress>;
};

const stores = new WeakMap<Db, Store>();

function storeOf(q: Queryable): Store {
  const db = rootOf(q);
  let store = stores.get(db);
  if (!store) {
    store = { views: new Map(), sent: new Map(), progress: new Map(), counted: new Map() };
    stores.set(db, store);
  }
  return store;
}

/**
 * The plenary's views now: the ones last built, unless something changed since. Inside a transaction
 * (a snapshot asked for in a batch of commands) they are built afresh and not kept: that batch's
 * changes are not committed yet.
 */
export function plenaryViewsOf(q: Queryable, ctx: SessionContext): PlenaryViews {
  if (rootOf(q).$client.inTransaction) return buildPlenaryViews(q, ctx);
  const store = storeOf(q);
  const stage = JSON.stringify(ctx.live.stage);
  const cached = store.views.get(ctx.row.id);
  if (cached?.stage === stage) return cached.views;
  const views = buildPlenaryViews(q, ctx);
  store.views.set(ctx.row.id, { stage, views });
  return views;
}

/** The session's plenary changed: its views are built again when next needed. */
export function forgetPlenaryViews(db: Db, sessionId: string): void {
  storeOf(db).views.delete(sessionId);
}

/** Whether `payload` differs from what `room` last received of `event`; if so it is remembered as sent. */
export function changedFor(db: Db, room: string, event: 'plenary:view' | 'plenary:progress', payload: unknown): boolean {
  const { sent } = storeOf(db);
  const key = `${event}@${room}`;
  const json = JSON.stringify(payload);
  if (sent.get(key) === json) return false;
  sent.set(key, json);
  return true;
}

/**
 * The progress for a new socket of `room`: what the room last received (a newer count, when there is
 * one, reaches the whole room alike), or the count as last made, or counted now.
 */
export function progressFor(q: Queryable, room: string, ctx: SessionContext): PlenaryProgress {
  const store = storeOf(q);
  const sent = store.progress.get(room);
  if (sent) return sent;
  if (rootOf(q).$client.inTransaction) return buildProgress(q, ctx);
  const counted = store.counted.get(ctx.row.id) ?? buildProgress(q, ctx);
  store.counted.set(ctx.row.id, counted);
  return counted;
}

/** Someone voted or rated, or the items changed: the progress is counted again when next needed. */
export function forgetPlenaryProgress(db: Db, sessionId: string): void {
  storeOf(db).counted.delete(sessionId);
}

/** Remembers the progress a room was sent (a new socket in that room gets the same in its snapshot). */
export function progressSent(db: Db, room: string, progress: PlenaryProgress): void {
  storeOf(db).progress.set(room, progress);
}

/** A deleted session: forget everything about its rooms. */
export function forgetSession(db: Db, sessionId: string, roomsOfSession: readonly string[]): void {
  const store = storeOf(db);
  store.views.delete(sessionId);
  store.counted.delete(sessionId);
  for (const room of roomsOfSession) {
    store.progress.delete(room);
    for (const key of [...store.sent.keys()]) if (key.endsWith(`@${room}`)) store.sent.delete(key);
  }
}
