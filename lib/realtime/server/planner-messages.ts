/**
 * What the server and the planner thread say to each other, checked on both sides: a structured
 * clone carries any shape, and a bad one must come back as a clear error, not a crash.
 */

import { z } from 'zod';
import type { RotationInput, RotationPlan } from '@/lib/domain/rotation/rotation-types';

const rounds = z.array(z.number().int().nonnegative());
const seating = z.record(z.string(), z.record(z.string(), z.string()));

const constraintSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['apart', 'together']), a: z.string(), b: z.string(), rounds: rounds.optional() }),
  z.object({ kind: z.literal('stay'), person: z.string(), table: z.string(), rounds: rounds.optional() }),
]);

/** A planning request's input (`RotationInput`). */
export const rotationInputSchema = z.object({
  people: z.array(z.object({ id: z.string(), label: z.string().optional() })),
  tables: z.array(
    z.object({ id: z.string(), host: z.string().nullable(), min: z.number().int().nonnegative().optional(), max: z.number().int().positive().optional() }),
  ),
  rounds,
  seated: seating.optional(),
  previous: seating.optional(),
  constraints: z.array(constraintSchema).optional(),
  maxMeetings: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  effort: z.number().positive().max(100).optional(),
}) satisfies z.ZodType<RotationInput>;

const figuresSchema = z.object({
  repeatedPairs: z.number(),
  maxMeetings: z.number(),
  revisits: z.number(),
  sizeSpread: z.number(),
  sizesOutOfBounds: z.number(),
  labelExcess: z.number(),
  unmetConstraints: z.number(),
});

/** A plan as the thread sends it back (`RotationPlan`). */
export const rotationPlanSchema = z.object({
  seats: seating,
  figures: figuresSchema,
  bound: z.object({ repeatedPairs: z.number(), revisits: z.number(), tablesForZero: z.number().nullable() }),
  unmet: z.array(constraintSchema),
}) satisfies z.ZodType<RotationPlan>;

/** Server → thread: plan `input`; `budgetMs` bounds the search time (absent: step counts only). */
export const planRequestSchema = z.object({ id: z.number().int(), input: z.unknown(), budgetMs: z.number().positive().optional() });
export type PlanRequest = z.infer<typeof planRequestSchema>;

/** Why the thread has no plan for a request. */
export type PlanFailure = 'invalid-input' | 'planner-failed';

/** Thread → server: the plan, or why there is none. */
export type PlanReply = { id: number; ok: true; plan: RotationPlan } | { id: number; ok: false; code: PlanFailure; message: string };

export const planReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), plan: rotationPlanSchema }),
  z.object({ id: z.number().int(), ok: z.literal(false), code: z.enum(['invalid-input', 'planner-failed']), message: z.string() }),
]) satisfies z.ZodType<PlanReply>;
