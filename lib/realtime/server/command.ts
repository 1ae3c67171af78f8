import type { z } from 'zod';
import { findReceipt, storeReceipt } from '@/db/queries/receipts';
import type { Tx } from '@/db/queries/sessions';
import type { Ack, ClientToServerEvents } from '@/lib/realtime/contract';
import type { RateLimiter } from './rate-limit';
import { CommandError, type Identity, type RealtimeDeps, type RealtimeSocket } from './types';

type AckPayload<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer R> ? R : never;

export type Decided<R> = { result: R; broadcast?: () => void };

export type CommandSpec<E extends keyof ClientToServerEvents, S extends z.ZodType> = {
  /** Which identities may send it. */
  allow: (identity: Identity) => boolean;
  schema: S;
  /**
   * Decides and persists inside one transaction; throws CommandError to refuse (nothing is kept).
   * With `idempotent`, the result is stored under the payload's commandId and a retry gets it again.
   */
  run: (input: z.output<S>, ctx: { tx: Tx; identity: Identity; now: number; socket: RealtimeSocket }) => Decided<AckPayload<E>>;
  idempotent?: boolean;
};

export type CommandContext = { deps: RealtimeDeps; limiter: RateLimiter };

/** The actor a receipt is filed under: the same person across reconnections. */
export function actorOf(identity: Identity): string {
  switch (identity.role) {
    case 'organiser':
      return 'organiser';
    case 'participant':
      return `p:${identity.participantId}`;
    case 'guest':
      return `join:${identity.sessionId}`;
    case 'screen':
      return `screen:${identity.sessionId}`;
  }
}

/**
 * Registers one command: authorise → validate → decide + persist (one transaction) → broadcast → ack.
 * Only known error codes reach the client; anything else is logged and answered `internal`.
 */
export function onCommand<E extends keyof ClientToServerEvents, S extends z.ZodType>(
  socket: RealtimeSocket,
  event: E,
  spec: CommandSpec<E, S>,
  { deps, limiter }: CommandContext,
): void {
  const listener = (payload: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return; // every command is a request: without an ack there is no one to answer
    const reply = ack as (result: Ack<AckPayload<E>>) => void;
    const identity = socket.data.identity;
    const now = deps.clock.now();
    try {
      if (!spec.allow(identity)) throw new CommandError('forbidden', `${identity.role} may not send ${event}`);
      if (identity.role !== 'organiser' && !limiter.take(actorOf(identity) + (identity.role === 'guest' ? socket.id : ''), now)) {
        throw new CommandError('rate-limited', 'too many commands, slow down');
      }
      const parsed = spec.schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
        throw new CommandError('invalid-payload', `invalid ${event} payload`, issues);
      }
      const input = parsed.data;
      const commandId = spec.idempotent ? commandIdOf(input) : null;
      const actor = actorOf(identity);
      const outcome = deps.db.transaction((tx) => {
        if (commandId) {
          const previous = findReceipt(tx, actor, commandId);
          if (previous !== null) return { result: previous as AckPayload<E>, replay: true };
        }
        const decided = spec.run(input, { tx, identity, now, socket });
        if (commandId) storeReceipt(tx, actor, commandId, decided.result, now);
        return { ...decided, replay: false };
      });
      if (!outcome.replay && 'broadcast' in outcome) outcome.broadcast?.();
      reply({ ok: true, ...outcome.result } as Ack<AckPayload<E>>);
    } catch (error) {
      if (error instanceof CommandError) {
        reply({
          ok: false,
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
          ...(error.expected ? { expected: error.expected } : {}),
        });
        return;
      }
      (deps.logger ?? console).error(`[realtime] ${event} failed`, error);
      reply({ ok: false, code: 'internal', message: 'internal error' });
    }
  };
  socket.on(event, listener as never);
}

function commandIdOf(input: unknown): string | null {
  if (typeof input === 'object' && input !== null && 'commandId' in input && typeof input.commandId === 'string') {
    return input.commandId;
  }
  return null;
}
