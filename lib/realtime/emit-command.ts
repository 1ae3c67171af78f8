import type { Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents } from './contract';
import type { ClientSocket } from './subscriptions';

export type CommandName = keyof ClientToServerEvents;
export type CommandPayload<E extends CommandName> = Parameters<ClientToServerEvents[E]>[0];
export type CommandAck<E extends CommandName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
export type AckFailure = Extract<Ack, { ok: false }>;

/**
 * Sends a command and resolves with its ack; rejects when no ack comes within `timeoutMs`.
 * Socket.io's typed emitWithAck cannot follow a generic event name: this is the one place that bridges it.
 */
export function emitCommand<E extends CommandName>(socket: ClientSocket, event: E, payload: CommandPayload<E>, timeoutMs: number): Promise<CommandAck<E>> {
  const untyped: Socket = socket;
  return untyped.timeout(timeoutMs).emitWithAck(event, payload);
}
