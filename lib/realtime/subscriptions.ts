/**
 * The one table of server → client events: each becomes an action on the session's view. The app's
 * connection and the tests' client both subscribe through it, so a new event is wired once.
 */
import type { Socket } from 'socket.io-client';
import type { Broadcast, WholeValue } from './client-state';
import type { ClientToServerEvents, PlusOnesBroadcast, ServerToClientEvents, Snapshot, TableView } from './contract';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type SessionAction =
  /** A whole new view (connect, reconnect, after a join). */
  | { kind: 'snapshot'; snapshot: Snapshot }
  /** A numbered session-wide change: applied in order, a gap asks for a snapshot. */
  | { kind: 'numbered'; broadcast: Broadcast }
  /** A table's whole view: the highest tableSeq wins (at an equal one, the view just received: +1 counts do not move it). */
  | { kind: 'table'; view: TableView }
  /** New +1 counts at a table: set in its view, whatever its tableSeq. */
  | { kind: 'plus-ones'; message: PlusOnesBroadcast }
  /** A whole value (not numbered): the latest wins. */
  | { kind: 'whole'; update: WholeValue }
  | { kind: 'deleted' }
  /** This participant was removed by the organiser (the server disconnects the phone next). */
  | { kind: 'removed' };

type Subscriptions = { [E in keyof ServerToClientEvents]: (message: Parameters<ServerToClientEvents[E]>[0]) => SessionAction };

export const SUBSCRIPTIONS: Subscriptions = {
  'session:snapshot': (snapshot) => ({ kind: 'snapshot', snapshot }),
  'session:state': (message) => ({ kind: 'numbered', broadcast: { event: 'session:state', message } }),
  'session:updated': (message) => ({ kind: 'numbered', broadcast: { event: 'session:updated', message } }),
  'session:deleted': () => ({ kind: 'deleted' }),
  'table:view': (message) => ({ kind: 'table', view: message.view }),
  'table:plus-ones': (message) => ({ kind: 'plus-ones', message }),
  'room:count': (message) => ({ kind: 'whole', update: { event: 'room:count', message } }),
  'participants:changed': (message) => ({ kind: 'whole', update: { event: 'participants:changed', message } }),
  'seating:changed': (message) => ({ kind: 'whole', update: { event: 'seating:changed', message } }),
  'seat:updated': (message) => ({ kind: 'whole', update: { event: 'seat:updated', message } }),
  'seat:moved': (message) => ({ kind: 'whole', update: { event: 'seat:moved', message } }),
  'table:stats': (message) => ({ kind: 'whole', update: { event: 'table:stats', message } }),
  'rotation:updated': (message) => ({ kind: 'whole', update: { event: 'rotation:updated', message } }),
  'constraints:updated': (message) => ({ kind: 'whole', update: { event: 'constraints:updated', message } }),
  'rotation:progress': (message) => ({ kind: 'whole', update: { event: 'rotation:progress', message } }),
  'arrival:updated': (message) => ({ kind: 'whole', update: { event: 'arrival:updated', message } }),
  'plus-ones:mine': (message) => ({ kind: 'whole', update: { event: 'plus-ones:mine', message } }),
  'plenary:view': (message) => ({ kind: 'whole', update: { event: 'plenary:view', message } }),
  'plenary:progress': (message) => ({ kind: 'whole', update: { event: 'plenary:progress', message } }),
  'plenary:mine': (message) => ({ kind: 'whole', update: { event: 'plenary:mine', message } }),
  'admission:updated': (message) => ({ kind: 'whole', update: { event: 'admission:updated', message } }),
  'admission:waiting': (message) => ({ kind: 'whole', update: { event: 'admission:waiting', message } }),
  'admission:request': (message) => ({ kind: 'whole', update: { event: 'admission:request', message } }),
  'participants:removed': (message) => ({ kind: 'whole', update: { event: 'participants:removed', message } }),
  'participant:removed': () => ({ kind: 'removed' }),
};

/** Listens to every server event on a socket, each turned into its action; returns the unsubscription. */
export function subscribe(socket: ClientSocket, dispatch: (action: SessionAction) => void): () => void {
  const untyped: Socket = socket;
  const entries = Object.entries(SUBSCRIPTIONS) as [string, (message: never) => SessionAction][];
  const listeners = entries.map(([event, toAction]) => {
    // The table above types each message; the socket's listener cannot follow a key-dependent type.
    const listener = (message: unknown) => dispatch(toAction(message as never));
    untyped.on(event, listener);
    return () => untyped.off(event, listener);
  });
  return () => listeners.forEach((off) => off());
}
