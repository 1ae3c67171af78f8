/**
 * The projector's side of the protocol, as the load bench uses it: a socket joined with the
 * session's view key that notes when each `plenary:progress` arrives. With phone-protocol.ts and
 * organiser-protocol.ts, the only files here that know event names and payloads.
 */
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents } from '@/lib/realtime/contract';
import { wallClock, type WireMeter } from './wire-meter';

/** The projector, joined with the session's view key. */
export class SimScreen {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Receipt times (wall clock) of every `plenary:progress` since the last `reset`. */
  progressAt: number[] = [];
  private snapshot = false;

  constructor(url: string, screenKey: string, meter?: WireMeter) {
    this.socket = io(url, { auth: { protocol: PROTOCOL_VERSION, screenKey }, transports: ['websocket'], forceNew: true });
    meter?.attach(this.socket.io, wallClock);
    this.socket.on('session:snapshot', () => (this.snapshot = true));
    this.socket.on('plenary:progress', () => this.progressAt.push(wallClock()));
  }

  /** Resolves once the first snapshot is here (the server accepted the view key). */
  async ready(timeoutMs = 60_000): Promise<void> {
    for (const deadline = Date.now() + timeoutMs; !this.snapshot; await new Promise((resolve) => setTimeout(resolve, 20))) {
      if (Date.now() > deadline) throw new Error('the projector got no snapshot');
    }
  }

  reset(): void {
    this.progressAt = [];
  }

  close(): void {
    this.socket.close();
  }
}
