import { io, type Socket } from 'socket.io-client';
import { applyBroadcast, applyTableView, applyWholeValue, type Broadcast } from '@/lib/realtime/client-state';
import { newCommandId } from '@/lib/realtime/command-id';
import { PROTOCOL_VERSION, type Ack, type ClientToServerEvents, type Handshake, type ServerToClientEvents, type Snapshot } from '@/lib/realtime/contract';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type AckOf<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
type PayloadOf<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];

export { newCommandId };

/**
 * A real socket.io-client that keeps its view of the session the way the app's pages do: snapshot,
 * then numbered broadcasts through the shared reducer, and a `session:sync` when it sees a gap.
 */
export class TestClient {
  readonly socket: ClientSocket;
  view: Snapshot | null = null;
  deleted = false;
  gaps = 0;
  private waiters: Array<() => void> = [];

  constructor(url: string, auth: () => Partial<Omit<Handshake, 'protocol'>> & { protocol?: number }, options: { cookie?: string; autoConnect?: boolean } = {}) {
    this.socket = io(url, {
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, ...auth() }),
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      autoConnect: options.autoConnect ?? true,
      extraHeaders: options.cookie ? { cookie: options.cookie } : {},
    });
    this.socket.on('session:snapshot', (snapshot) => this.setView(snapshot));
    this.socket.on('session:deleted', () => {
      this.deleted = true;
      this.notify();
    });
    const onBroadcast = (broadcast: Broadcast) => {
      if (!this.view) return;
      const { status, view } = applyBroadcast(this.view, broadcast);
      if (status === 'gap') {
        this.gaps += 1;
        void this.request('session:sync', {}).then((ack) => ack.ok && this.setView(ack.snapshot));
        return;
      }
      this.setView(view);
    };
    this.socket.on('session:state', (message) => onBroadcast({ event: 'session:state', message }));
    this.socket.on('session:updated', (message) => onBroadcast({ event: 'session:updated', message }));
    this.socket.on('lobby:joined', (message) => onBroadcast({ event: 'lobby:joined', message }));
    this.socket.on('lobby:count', (message) => onBroadcast({ event: 'lobby:count', message }));
    this.socket.on('seating:changed', (message) => onBroadcast({ event: 'seating:changed', message }));
    this.socket.on('table:view', ({ view }) => {
      if (this.view) this.setView(applyTableView(this.view, view));
    });
    this.socket.on('rotation:updated', (message) => this.view && this.setView(applyWholeValue(this.view, { event: 'rotation:updated', message })));
    this.socket.on('constraints:updated', (message) => this.view && this.setView(applyWholeValue(this.view, { event: 'constraints:updated', message })));
    this.socket.on('rotation:progress', (message) => this.view && this.setView(applyWholeValue(this.view, { event: 'rotation:progress', message })));
    this.socket.on('arrival:updated', (message) => this.view && this.setView(applyWholeValue(this.view, { event: 'arrival:updated', message })));
    // Everything received, raw: privacy tests read what really crossed the wire.
    this.socket.onAny((event: string, ...args: unknown[]) => this.received.push({ event, payload: JSON.stringify(args) }));
  }

  readonly received: { event: string; payload: string }[] = [];

  private setView(view: Snapshot): void {
    this.view = view;
    this.notify();
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Sends a command and resolves with its ack. */
  request<E extends keyof ClientToServerEvents>(event: E, payload: PayloadOf<E>): Promise<AckOf<E>> {
    return (this.socket.timeout(10_000) as unknown as { emitWithAck(e: E, p: PayloadOf<E>): Promise<AckOf<E>> }).emitWithAck(event, payload);
  }

  /** Resolves when the view satisfies `predicate` (checked on every change). */
  async until(predicate: (view: Snapshot) => boolean, timeoutMs = 10_000): Promise<Snapshot> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.view && predicate(this.view))) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; last view: ${JSON.stringify(this.view?.live)} seq ${this.view?.seq}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.view!;
  }

  close(): void {
    this.socket.close();
  }
}

/** Resolves with the error code of a refused handshake (connect_error), or throws if it connected. */
export function connectError(url: string, auth: Record<string, unknown>, cookie?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth, transports: ['websocket'], reconnection: false, extraHeaders: cookie ? { cookie } : {} });
    socket.on('connect', () => {
      socket.close();
      reject(new Error('connected, but a refusal was expected'));
    });
    socket.on('connect_error', (err) => {
      socket.close();
      resolve(err.message);
    });
  });
}

export type AckResult<T extends object = object> = Ack<T>;
