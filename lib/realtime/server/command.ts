/**
 * The one way a command runs: authorise → validate → decide and persist (a savepoint of the turn's
 * batch, one commit for the batch) → ack → after the commit (broadcasts, timers, re-bound identities). Each command is declared once, with
 * its resolver of who may send it, its schema and its effect (see `commands/`).
 */
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { findReceipt, storeReceipt } from '@/db/queries/receipts';
import type { Ack, ClientToServerEvents } from '@/lib/realtime/contract';
import { noteStorageFailure } from '@/lib/server/storage-status';
import type { AuthResolver } from './auth';
import type { Broadcaster } from './broadcaster';
import { CommandError } from './command-error';
import type { DeadlineScheduler } from './deadline-scheduler';
import type { RealtimeDeps, RealtimeSocket } from './deps';
import type { Identity } from './identity';
import type { CommitBatcher } from './commit-batcher';
import { commandFingerprint } from './fingerprint';
import type { PlannerPool } from './planner-pool';
import type { PreviewReplanner } from './preview-replanner';
import type { JoinLimiter, RateLimiter } from './rate-limit';

export type CommandEvent = keyof ClientToServerEvents;

/** What a successful ack of this command carries besides `ok: true`. */
export type AckPayload<E extends CommandEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer R> ? R : never;

/** What the server's parts give every command. */
export type Services = {
  deps: RealtimeDeps;
  broadcaster: Broadcaster;
  scheduler: DeadlineScheduler;
  limiter: RateLimiter;
  joinLimiter: JoinLimiter;
  batcher: CommitBatcher;
  planner: PlannerPool;
  previews: PreviewReplanner;
};

export type RunContext<C> = { tx: Tx; actor: C; identity: Identity; now: number; socket: RealtimeSocket; services: Services };

/** A decision: the ack's payload, and what to do once it is committed (never run for a refusal or a replay). */
export type Decided<R> = { result: R; afterCommit?: () => void };

/**
 * A decision that needs work done off the server's thread first (the rotation planner): once that
 * work is done, the function it gives decides in a later transaction, with who sent the command
 * resolved again (the room may have changed meanwhile: it checks).
 */
export type Later<R, C> = { later: Promise<(ctx: RunContext<C>) => Decided<R>> };

export type CommandSpec<E extends CommandEvent, S extends z.ZodType, C> = {
  event: E;
  /** Who may send it; resolves the context `run` works with. */
  auth: AuthResolver<C>;
  schema: S;
  /** The result is stored under the payload's commandId and a retry gets it again, changing nothing. */
  idempotent?: boolean;
  /** Answered at once, outside the batch of writes (a clock sample must not wait for a commit). */
  immediate?: boolean;
  /** A limit of its own, checked before anything else (joins: per address and per session); returns the refusal. */
  throttle?: (socket: RealtimeSocket, services: Services, now: number) => CommandError | null;
  /** Decides and persists inside the transaction; throws CommandError to refuse (nothing is kept). */
  run: (input: z.output<S>, ctx: RunContext<C>) => Decided<AckPayload<E>> | Later<AckPayload<E>, C>;
};

/** A declared command, as the server registers it: `execute` answers through `reply`, once committed. */
export type DeclaredCommand = {
  readonly event: CommandEvent;
  readonly auth: AuthResolver<unknown>;
  readonly execute: (socket: RealtimeSocket, services: Services, payload: unknown, reply: (ack: Ack<object>) => void) => void;
};

/** The actor a receipt is filed under: the same person (a phone: the same device) across reconnections. */
export function actorOf(identity: Identity): string {
  switch (identity.role) {
    case 'organiser':
      return 'organiser';
    case 'participant':
      return participantActor(identity.participantId);
    case 'guest':
      return `join:${identity.sessionId}:${identity.device}`;
    case 'screen':
      return `screen:${identity.sessionId}`;
  }
}

export function participantActor(participantId: string): string {
  return `p:${participantId}`;
}

/**
 * The stored result of a command already acknowledged (null the first time); the same commandId
 * with another payload (or for another command) is refused with `conflict`.
 */
export function replayed(tx: Tx, actor: string, commandId: string, fingerprint: string): { result: unknown } | null {
  const receipt = findReceipt(tx, actor, commandId);
  if (receipt === null) return null;
  if (receipt.fingerprint !== null && receipt.fingerprint !== fingerprint)
    throw new CommandError('conflict', 'this commandId was already used for another command or payload: make a new one');
  return { result: receipt.result };
}

function validate<S extends z.ZodType>(event: string, schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
  throw new CommandError('invalid-payload', `invalid ${event} payload`, issues);
}

function commandIdOf(input: unknown): string | null {
  if (typeof input === 'object' && input !== null && 'commandId' in input && typeof input.commandId === 'string') return input.commandId;
  return null;
}

/** The refusal sent for an error: only known codes cross the wire; anything else is logged and answered `internal`. */
export function refusal(error: unknown, event: string, services: Services): Extract<Ack, { ok: false }> {
  if (error instanceof CommandError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.expected ? { expected: error.expected } : {}),
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    };
  }
  if (noteStorageFailure(error)) {
    // Nothing was kept: the disk (or the database's size limit) is full. The health check says so too.
    (services.deps.logger ?? console).warn(`[realtime] ${event} refused: no space left to store it`);
    return { ok: false, code: 'storage-full', message: 'the server has no space left to store this: tell the organiser' };
  }
  (services.deps.logger ?? console).error(`[realtime] ${event} failed`, error);
  return { ok: false, code: 'internal', message: 'internal error' };
}

export function declareCommand<E extends CommandEvent, S extends z.ZodType, C>(spec: CommandSpec<E, S, C>): DeclaredCommand {
  type Result = AckPayload<E>;
  type Reply = (ack: Ack<object>) => void;
  /** Commands waiting for work off the thread, by actor and command id: a retry meanwhile waits for the same answer. */
  const inFlight = new Map<string, Reply[]>();

  type Step =
    { kind: 'decided'; decided: Decided<Result> } | { kind: 'later'; later: Later<Result, C>['later']; key: string | null } | { kind: 'waiting'; key: string };

  /** Authorise, validate, decide and persist, inside the transaction (a savepoint of the batch). */
  const decide = (tx: Tx, socket: RealtimeSocket, services: Services, payload: unknown, now: number): Step => {
    const identity = socket.data.identity;
    const actor = spec.auth.resolve(identity, tx, now);
    const input = validate(spec.event, spec.schema, payload);
    const commandId = spec.idempotent ? commandIdOf(input) : null;
    const receiptActor = actorOf(identity);
    const fingerprint = commandId ? commandFingerprint(spec.event, input) : '';
    const key = commandId ? `${receiptActor} ${commandId}` : null;
    if (commandId) {
      const previous = replayed(tx, receiptActor, commandId, fingerprint);
      if (previous !== null) return { kind: 'decided', decided: { result: previous.result as Result } };
      if (key && inFlight.has(key)) return { kind: 'waiting', key };
    }
    const decided = spec.run(input, { tx, actor, identity, now, socket, services });
    if ('later' in decided) return { kind: 'later', later: decided.later, key };
    if (commandId) storeReceipt(tx, receiptActor, commandId, fingerprint, decided.result, now);
    return { kind: 'decided', decided };
  };

  /** After the commit: the ack (the change is kept), then the broadcasts (a failure there is logged). */
  const answer = (decided: Decided<Result>, services: Services, replies: readonly Reply[]) => {
    for (const reply of replies) reply({ ok: true, ...decided.result });
    try {
      decided.afterCommit?.();
    } catch (error) {
      (services.deps.logger ?? console).error(`[realtime] ${spec.event} committed, but its broadcast failed`, error);
    }
  };

  /** The work off the thread is done: decide in a new transaction, then answer everyone who sent it. */
  const finish = (step: Extract<Step, { kind: 'later' }>, socket: RealtimeSocket, services: Services, payload: unknown, reply: Reply): void => {
    const replies = [reply];
    if (step.key) inFlight.set(step.key, replies);
    const done = () => {
      if (step.key) inFlight.delete(step.key);
    };
    const refuse = (error: unknown) => {
      done();
      for (const r of replies) r(refusal(error, spec.event, services));
    };
    step.later.then(
      (then) =>
        services.batcher.submit(
          (tx) => {
            const identity = socket.data.identity;
            const now = services.deps.clock.now();
            const decided = then({ tx, actor: spec.auth.resolve(identity, tx, now), identity, now, socket, services });
            const input = validate(spec.event, spec.schema, payload);
            const commandId = spec.idempotent ? commandIdOf(input) : null;
            if (commandId) storeReceipt(tx, actorOf(identity), commandId, commandFingerprint(spec.event, input), decided.result, now);
            return decided;
          },
          (outcome) => {
            if (!outcome.ok) return refuse(outcome.error);
            done();
            answer(outcome.value, services, replies);
          },
        ),
      refuse,
    );
  };

  const execute = (socket: RealtimeSocket, services: Services, payload: unknown, reply: Reply): void => {
    const { deps, limiter, batcher } = services;
    const identity = socket.data.identity;
    const now = deps.clock.now();
    // A guest's device id is the phone's own word: its bucket is its socket's.
    const bucket = actorOf(identity) + (identity.role === 'guest' ? socket.id : '');
    if (identity.role !== 'organiser' && !limiter.take(bucket, now)) {
      const error = new CommandError('rate-limited', 'too many commands, slow down', undefined, undefined, limiter.waitMs(bucket, now));
      reply(refusal(error, spec.event, services));
      return;
    }
    const throttled = spec.throttle?.(socket, services, now);
    if (throttled) {
      reply(refusal(throttled, spec.event, services));
      return;
    }
    const proceed = (step: Step) => {
      if (step.kind === 'decided') answer(step.decided, services, [reply]);
      else if (step.kind === 'waiting') inFlight.get(step.key)?.push(reply);
      else finish(step, socket, services, payload, reply);
    };
    if (spec.immediate) {
      try {
        proceed(deps.db.transaction((tx) => decide(tx, socket, services, payload, deps.clock.now())));
      } catch (error) {
        reply(refusal(error, spec.event, services));
      }
      return;
    }
    batcher.submit(
      (tx) => decide(tx, socket, services, payload, deps.clock.now()),
      (outcome) => (outcome.ok ? proceed(outcome.value) : reply(refusal(outcome.error, spec.event, services))),
    );
  };
  return { event: spec.event, auth: spec.auth as AuthResolver<unknown>, execute };
}

/**
 * The one listener every socket gets, built once per server: an event's declared command runs;
 * an event nobody declared is answered `unknown-command`. One listener per socket, not one per
 * command: with ~70 commands and 2,000 phones, a listener each was 140,000 closures kept in memory.
 */
export function commandDispatcher(
  commands: readonly DeclaredCommand[],
  services: Services,
): (socket: RealtimeSocket, event: unknown, args: readonly unknown[]) => void {
  const byEvent = new Map<string, DeclaredCommand>(commands.map((command) => [command.event, command]));
  return (socket, event, args) => {
    const ack = args.at(-1);
    if (typeof ack !== 'function') return; // every command is a request: without an ack there is no one to answer
    const command = typeof event === 'string' ? byEvent.get(event) : undefined;
    if (!command) {
      const name = typeof event === 'string' ? event.slice(0, 64) : typeof event;
      ack({ ok: false, code: 'unknown-command', message: `unknown command ${name}` } satisfies Ack);
      return;
    }
    command.execute(socket, services, args.length > 1 ? args[0] : undefined, (result) => ack(result));
  };
}
