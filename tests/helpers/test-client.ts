import { io } from 'socket.io-client';
import { newCommandId } from '@/lib/realtime/command-id';
import { PROTOCOL_VERSION, type Ack, type Handshake, type Snapshot } from '@/lib/realtime/contract';
import type { AckFailure, CommandAck, CommandName, CommandPayload } from '@/lib/realtime/emit-command';
import { SessionConnection } from '@/lib/realtime/session-connection';
import type { ClientSocket } from '@/lib/realtime/subscriptions';

export { newCommandId };

/**
 * A real socket.io-client wrapped in the app's own `SessionConnection`: the same subscriptions,
 * reducer, gap handling and command sending as the pages, so integration tests exercise them.
 */
export class TestClient {
  readonly socket: ClientSocket;
  private readonly connection: SessionConnection;
  /** Everything received, raw: privacy tests read what really crossed the wire. */
  readonly received: { event: string; payload: string }[] = [];

  constructor(
    url: string,
    auth: () => Partial<Omit<Handshake, 'protocol'>> & { protocol?: number },
    /** `localAddress`: the loopback address to connect from (127.0.0.2…), as if from another network address. */
    options: { cookie?: string; autoConnect?: boolean; localAddress?: string } = {},
  ) {
    this.socket = io(url, {
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, ...auth() }),
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      autoConnect: options.autoConnect ?? true,
      extraHeaders: options.cookie ? { cookie: options.cookie } : {},
    });
    this.socket.onAny((event: string, ...args: unknown[]) => this.received.push({ event, payload: JSON.stringify(args) }));
    this.connection = new SessionConnection(this.socket);
  }

  get view(): Snapshot | null {
    return this.connection.getState().view;
  }

  get deleted(): boolean {
    return this.connection.getState().deleted;
  }

  /** The organiser removed this participant (the server said so before closing the socket). */
  get removed(): boolean {
    return this.connection.getState().removed;
  }

  /** Why the server refused the connection, when it did. */
  get error(): string | null {
    return this.connection.getState().error;
  }

  /** How many times a gap in the sequence made this client ask for a snapshot. */
  get gaps(): number {
    return this.connection.gaps;
  }

  /** Sends a command the way the pages do, and resolves with its ack. */
  request<E extends CommandName>(event: E, payload: CommandPayload<E>): Promise<CommandAck<E> | AckFailure> {
    return this.connection.send(event, payload);
  }

  /** Console: fetch the people's list, kept current from then on (as the console's panels do). */
  loadParticipants(): Promise<void> {
    return this.connection.loadParticipants();
  }

  /** Console: open one table's live content (null closes it). */
  watch(tableId: string | null): Promise<void> {
    return this.connection.watch(tableId);
  }

  /** Resolves when the view satisfies `predicate` (checked on every change). */
  async until(predicate: (view: Snapshot) => boolean, timeoutMs = 10_000): Promise<Snapshot> {
    const satisfied = () => this.view !== null && predicate(this.view);
    if (!satisfied()) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`timed out; last view: ${JSON.stringify(this.view?.live)} seq ${this.view?.seq}`));
        }, timeoutMs);
        const unsubscribe = this.connection.subscribe(() => {
          if (!satisfied()) return;
          clearTimeout(timer);
          unsubscribe();
          resolve();
        });
      });
    }
    return this.view!;
  }

  close(): void {
    this.connection.close();
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
