/**
 * What the bench's coordinator and its client processes say to each other over Node's IPC channel:
 * a numbered command, answered once with its result. Both sides check what they receive.
 */
import { z } from 'zod';

const count = z.number().int().min(0);
const latencies = z.array(z.number());
const failures = z.record(z.string(), z.number());

export const workerCommandSchema = z.discriminatedUnion('type', [
  /** Opens `count` phones (guests), numbered from `firstIndex` across the whole bench; `seed` seeds their choices. */
  z.strictObject({
    type: z.literal('connect'),
    url: z.string(),
    joinCode: z.string(),
    firstIndex: count,
    count: count.min(1),
    seed: z.number().int(),
    ackTimeoutMs: z.number().positive(),
  }),
  /** Every phone but those in `skip` joins at once, with its name. */
  z.strictObject({ type: z.literal('join'), skip: z.array(count) }),
  /** One phone does one thing: join, sit at `table`, +1 something at its table. */
  z.strictObject({ type: z.literal('act'), phone: count, action: z.enum(['join', 'seat', 'plus-one']), table: count.optional() }),
  /** Zeroes the wire counters. */
  z.strictObject({ type: z.literal('reset') }),
  z.strictObject({ type: z.literal('counters') }),
  /** Forgets the first-receipt times, before a measured broadcast. */
  z.strictObject({ type: z.literal('arm') }),
  z.strictObject({ type: z.literal('receipts') }),
  /**
   * Phones whose table got no view since `arm` (the server found it unchanged) compare the view they
   * keep with a fresh snapshot's; up to `sample` of them in this process, spread over its phones.
   */
  z.strictObject({ type: z.literal('check-views'), sample: count }),
  /** Every phone writes (a note or a +1) every `intervalMs`, from a random offset, for `durationMs`. */
  z.strictObject({ type: z.literal('write'), kind: z.enum(['note', 'plus-one']), intervalMs: z.number().positive(), durationMs: z.number().positive() }),
  /**
   * The venue's Wi-Fi drops: every phone's connection closes at once, and each reconnects as
   * Socket.io does (after 0.25–0.75 s, then longer); waits up to `waitMs` for every snapshot.
   */
  z.strictObject({ type: z.literal('drop'), waitMs: z.number().positive() }),
  /** Every joined phone checks in as soon as it knows where the rotation sends it. */
  z.strictObject({ type: z.literal('check-in') }),
  /** Every joined phone places all its dots, one at a time, at random moments of `durationMs`. */
  z.strictObject({ type: z.literal('vote'), durationMs: z.number().positive() }),
  /** The vote's progress messages the phones received since the vote began, counted from `since` (wall clock). */
  z.strictObject({ type: z.literal('progress'), since: z.number() }),
  /** As many plain sockets to the bare broadcast server as this process has phones. */
  z.strictObject({ type: z.literal('bare-connect'), url: z.string() }),
  z.strictObject({ type: z.literal('bare-close') }),
  z.strictObject({ type: z.literal('status') }),
]);
export type WorkerCommand = z.infer<typeof workerCommandSchema>;
export type WorkerCommandType = WorkerCommand['type'];

export const wireCountSchema = z.object({
  messages: count,
  bytes: count,
  byEvent: z.record(z.string(), z.object({ messages: count, bytes: count })),
});

/** `loopDelayP99Ms`: how late this client process's own event loop ran during the window (its phones' acks wait that long too). */
export const writeResultSchema = z.object({ sent: count, latencies, failures, skipped: count, loopDelayP99Ms: z.number() });
export type WriteResult = z.infer<typeof writeResultSchema>;

/** What each command answers. */
export const resultSchemas = {
  connect: z.object({ connected: count }),
  join: z.object({ latencies, failures, firstSentAt: z.number(), lastAckAt: z.number() }),
  act: z.object({ ok: z.boolean(), code: z.string().nullable(), latencyMs: z.number() }),
  reset: z.object({}),
  counters: z.object({ count: wireCountSchema, lastAt: z.number() }),
  arm: z.object({}),
  receipts: z.object({
    stateAt: z.array(z.number().nullable()),
    tableAt: z.array(z.number().nullable()),
    bareAt: z.array(z.number().nullable()),
    bareViewAt: z.array(z.number().nullable()),
    /** The process's CPU since `arm`, in ms. */
    cpuMs: z.number(),
  }),
  /** `stale`: kept views a fresh snapshot disagreed with (apart from the table's sequence number). */
  'check-views': z.object({ checked: count, stale: count }),
  write: writeResultSchema,
  /** `latencies`: from each phone's drop to its new snapshot; `notBack`: phones with none within the wait. */
  drop: z.object({ latencies, notBack: count, lastAt: z.number() }),
  /** `untold`: joined phones that never learned where to go within the wait. */
  'check-in': z.object({ latencies, failures, lastAckAt: z.number(), untold: count }),
  /** `unopened`: joined phones the open vote never reached (so they placed nothing). */
  vote: z.object({ sent: count, latencies, failures, unopened: count, loopDelayP99Ms: z.number(), loopDelayMaxMs: z.number() }),
  /** `maxPerSecond`: the most progress messages one phone received in one second. */
  progress: z.object({ messages: count, maxPerSecond: count }),
  'bare-connect': z.object({ connected: count }),
  'bare-close': z.object({}),
  status: z.object({
    phones: count,
    connected: count,
    joined: count,
    seated: count,
    disconnects: z.record(z.string(), count),
    connectErrors: z.record(z.string(), count),
  }),
} satisfies Record<WorkerCommandType, z.ZodType>;

export type WorkerResult<T extends WorkerCommandType> = z.infer<(typeof resultSchemas)[T]>;

export const requestSchema = z.object({ id: count, command: workerCommandSchema });
export const replySchema = z.union([
  z.object({ id: count, ok: z.literal(true), result: z.unknown() }),
  z.object({ id: count, ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;
