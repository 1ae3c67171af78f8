/**
 * Counts what really reaches a Socket.io client: every message packet as it came off the WebSocket,
 * in bytes (frame header + engine.io packet), filed under its event name. Not a re-serialisation:
 * the raw text the client received, before any parsing.
 */
import type { Manager } from 'socket.io-client';

/** Messages and bytes received, in total and by event name (`ack` for acknowledgements). */
export type WireCount = { messages: number; bytes: number; byEvent: Record<string, { messages: number; bytes: number }> };

export function emptyWireCount(): WireCount {
  return { messages: 0, bytes: 0, byEvent: {} };
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addWireCounts(a: WireCount, b: WireCount): WireCount {
  a.messages += b.messages;
  a.bytes += b.bytes;
  for (const [event, count] of Object.entries(b.byEvent)) {
    const into = (a.byEvent[event] ??= { messages: 0, bytes: 0 });
    into.messages += count.messages;
    into.bytes += count.bytes;
  }
  return a;
}

/** A server → client WebSocket frame's header: 2 bytes, 4 from 126 bytes of payload, 10 from 64 KiB (unmasked). */
export function frameHeaderBytes(payloadBytes: number): number {
  return payloadBytes < 126 ? 2 : payloadBytes < 65_536 ? 4 : 10;
}

/** The event a Socket.io packet carries: `2<ackId>["name",…]` is an event, `3<ackId>[…]` an ack, `0…` a connect. */
export function eventOfPacket(packet: string): string {
  const event = /^2\d*\["([^"]+)"/.exec(packet);
  if (event?.[1]) return event[1];
  switch (packet[0]) {
    case '3':
      return 'ack';
    case '0':
      return 'connect';
    case '1':
      return 'disconnect';
    default:
      return 'other';
  }
}

/** One shared tally (a process sums its phones into one) with the time of the last message seen. */
export class WireMeter {
  count: WireCount = emptyWireCount();
  /** `performance.timeOrigin + performance.now()` of the last message, for "has the traffic settled?". */
  lastAt = 0;

  record(packet: string, at: number): void {
    // engine.io prefixes every message packet with its type, "4", which `data` no longer carries.
    const payload = 1 + Buffer.byteLength(packet, 'utf8');
    const bytes = payload + frameHeaderBytes(payload);
    const event = eventOfPacket(packet);
    this.count.messages += 1;
    this.count.bytes += bytes;
    const into = (this.count.byEvent[event] ??= { messages: 0, bytes: 0 });
    into.messages += 1;
    into.bytes += bytes;
    this.lastAt = at;
  }

  reset(): void {
    this.count = emptyWireCount();
  }

  /**
   * Counts every message packet the manager's engine receives, on this connection and on every
   * reconnection (each one opens a new engine).
   */
  attach(manager: Manager, clock: () => number): void {
    manager.on('open', () => {
      manager.engine.on('data', (data: unknown) => {
        if (typeof data === 'string') this.record(data, clock());
      });
    });
  }
}

/** Wall-clock milliseconds comparable across the processes of one machine. */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
