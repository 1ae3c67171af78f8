/**
 * The shapes of the café record (see cafe-record.ts): types, lengths and counts, before the
 * cross-references are checked.
 */
import { z } from 'zod';
import { LIMITS, TABLE_COLOURS } from '@/lib/realtime/contract';
import { LANGUAGES } from '@/lib/i18n/locales';
import {
  ACTION_STATUSES,
  HORIZONS,
  PLENARY_STEPS,
  QUADRANTS,
  RATERS,
  RATING_MAX,
  RATING_MIN,
  VOTE_TARGETS,
  type PlenaryProgramme,
  type PlenaryRecords,
} from '@/lib/domain/plenary/plenary-types';

export const CAFE_FORMAT = 'tournee-cafe';
export const CAFE_FORMAT_VERSION = 1;

/** Caps of the archive: counts far above the largest café the app runs, and text lengths like the app's. */
export const RECORD_LIMITS = {
  idMax: 128,
  participantsMax: 5_000,
  seatsMax: 5_000 * LIMITS.roundsMax,
  notesMax: 100_000,
  ideasMax: 20_000,
  sourcesPerIdeaMax: 200,
  reactionsMax: 500_000,
  workstreamsMax: 500,
  workstreamNameMax: 120,
  votesMax: 200_000,
  dotsMax: 100,
  ratingsMax: 200_000,
  actionsMax: 5_000,
  codeMax: 16,
  ownerMax: 120,
  objectiveMax: 1_000,
} as const;

const id = z.string().min(1).max(RECORD_LIMITS.idMax);
/** Texts are stored as the app stored them (already trimmed): read back unchanged, so the round trip is exact. */
const text = (max: number) => z.string().max(max);
const nonEmpty = (max: number) => z.string().min(1).max(max);
const instant = z.iso.datetime({ message: 'expected a UTC date and time, e.g. 2025-03-14T09:30:00.000Z' });
const day = z.iso.date({ message: 'expected a date, YYYY-MM-DD' });
const roundIndex = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.roundsMax - 1);
const ms = z.number().int().min(0).max(LIMITS.phaseMaxMs);

const roundSchema = z.strictObject({
  question: nonEmpty(LIMITS.questionMax),
  reflectionMs: z.number().int().min(LIMITS.phaseMinMs).max(LIMITS.phaseMaxMs),
  sharingMs: z.number().int().min(LIMITS.phaseMinMs).max(LIMITS.phaseMaxMs),
  consolidationMs: z.number().int().min(LIMITS.phaseMinMs).max(LIMITS.phaseMaxMs),
});

const tableSchema = z.strictObject({ id, name: nonEmpty(LIMITS.tableNameMax), colour: z.enum(TABLE_COLOURS) });

const perTable = z.number().int().min(LIMITS.perTableMin).max(LIMITS.perTableMax).nullable();

/** The plenary programme; bounds are wide on purpose: the archive must read whatever the app let an organiser prepare. */
export const plenaryProgrammeSchema = z.strictObject({
  steps: z
    .array(z.enum(PLENARY_STEPS))
    .max(PLENARY_STEPS.length)
    .refine((steps) => steps.every((step, i) => i === 0 || PLENARY_STEPS.indexOf(steps[i - 1]!) < PLENARY_STEPS.indexOf(step)), {
      message: `steps are listed once each, in the order ${PLENARY_STEPS.join(', ')}`,
    }),
  restitutionSlotMs: ms,
  stepDurationsMs: z.strictObject({ workstreams: ms.nullable(), vote: ms.nullable(), assessment: ms.nullable(), actions: ms.nullable() }),
  dotsPerPerson: z.number().int().min(1).max(RECORD_LIMITS.dotsMax),
  maxDotsPerItem: z.number().int().min(1).max(RECORD_LIMITS.dotsMax),
  voteOn: z.enum(VOTE_TARGETS),
  ratedBy: z.enum(RATERS),
  shortlistSize: z.number().int().min(0).max(RECORD_LIMITS.workstreamsMax),
}) satisfies z.ZodType<PlenaryProgramme>;

/** What the organiser prepared: the session draft with table ids, and the plenary programme. */
const sessionSchema = z.strictObject({
  title: nonEmpty(LIMITS.titleMax),
  purpose: text(LIMITS.purposeMax),
  language: z.enum(LANGUAGES),
  anonymous: z.boolean(),
  autoAdvance: z.boolean(),
  speakingTurnMs: z.number().int().min(LIMITS.speakingTurnMinMs).max(LIMITS.speakingTurnMaxMs).nullable(),
  minPerTable: perTable,
  maxPerTable: perTable,
  rounds: z.array(roundSchema).min(1).max(LIMITS.roundsMax),
  tables: z.array(tableSchema).min(1).max(LIMITS.tablesMax),
  plenary: plenaryProgrammeSchema,
});

const itemId = id;

export const plenaryRecordsSchema = z.strictObject({
  workstreams: z
    .array(z.strictObject({ id, name: nonEmpty(RECORD_LIMITS.workstreamNameMax), position: z.number().int().min(0) }))
    .max(RECORD_LIMITS.workstreamsMax),
  placements: z.array(z.strictObject({ ideaId: id, workstreamId: id.nullable(), sameAsId: id.nullable() })).max(RECORD_LIMITS.ideasMax),
  votes: z.array(z.strictObject({ participantId: id, itemId, dots: z.number().int().min(0).max(RECORD_LIMITS.dotsMax) })).max(RECORD_LIMITS.votesMax),
  voteStatus: z.enum(['not-started', 'open', 'closed']),
  shortlist: z.array(z.strictObject({ itemId, position: z.number().int().min(0) })).max(RECORD_LIMITS.workstreamsMax + RECORD_LIMITS.ideasMax),
  ratings: z
    .array(
      z.strictObject({
        raterId: id.nullable(),
        itemId,
        gain: z.number().int().min(RATING_MIN).max(RATING_MAX),
        effort: z.number().int().min(RATING_MIN).max(RATING_MAX),
      }),
    )
    .max(RECORD_LIMITS.ratingsMax),
  overrides: z.array(z.strictObject({ itemId, quadrant: z.enum(QUADRANTS) })).max(RECORD_LIMITS.workstreamsMax + RECORD_LIMITS.ideasMax),
  actions: z
    .array(
      z.strictObject({
        itemId,
        code: nonEmpty(RECORD_LIMITS.codeMax),
        owner: text(RECORD_LIMITS.ownerMax),
        deadline: day.nullable(),
        horizon: z.enum(HORIZONS).nullable(),
        objective: text(RECORD_LIMITS.objectiveMax),
        status: z.enum(ACTION_STATUSES),
        position: z.number().int().min(0),
      }),
    )
    .max(RECORD_LIMITS.actionsMax),
}) satisfies z.ZodType<PlenaryRecords>;

/** The café record's shape; cross-references are checked in record-references.ts. */
export const cafeRecordShape = z.strictObject({
  format: z.literal(CAFE_FORMAT),
  version: z.literal(CAFE_FORMAT_VERSION),
  /** A café that ran (or is running), or a template: the same content without results. */
  kind: z.enum(['cafe', 'template']),
  session: sessionSchema,
  dates: z.strictObject({ createdAt: instant.nullable(), startedAt: instant.nullable(), closedAt: instant.nullable() }),
  participants: z
    .array(
      z.strictObject({
        id,
        displayName: nonEmpty(LIMITS.displayNameMax),
        groupLabel: text(LIMITS.groupLabelMax).nullable(),
        joinedAt: instant,
      }),
    )
    .max(RECORD_LIMITS.participantsMax),
  /** Who hosted which table (the host at the end of the café). */
  hosts: z.array(z.strictObject({ tableId: id, participantId: id })).max(LIMITS.tablesMax),
  /** Where each person sat in each round (the seating history). */
  seats: z.array(z.strictObject({ round: roundIndex, participantId: id, tableId: id })).max(RECORD_LIMITS.seatsMax),
  notes: z
    .array(
      z.strictObject({
        id,
        round: roundIndex,
        tableId: id,
        authorId: id,
        text: nonEmpty(LIMITS.noteMax),
        createdAt: instant,
        updatedAt: instant,
      }),
    )
    .max(RECORD_LIMITS.notesMax),
  ideas: z
    .array(
      z.strictObject({
        id,
        round: roundIndex,
        tableId: id,
        text: nonEmpty(LIMITS.ideaMax),
        position: z.number().int().min(0),
        sourceNoteIds: z.array(id).max(RECORD_LIMITS.sourcesPerIdeaMax),
        createdAt: instant,
        updatedAt: instant,
      }),
    )
    .max(RECORD_LIMITS.ideasMax),
  /** +1 on a note or an idea, once per person. */
  reactions: z.array(z.strictObject({ targetId: id, participantId: id })).max(RECORD_LIMITS.reactionsMax),
  plenary: plenaryRecordsSchema,
});

/** A record whose shape is valid (its references not yet checked). */
export type CafeRecordShape = z.output<typeof cafeRecordShape>;
