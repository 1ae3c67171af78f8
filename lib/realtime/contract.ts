/**
 * The realtime contract shared by the server and every client: protocol version, event names,
 * payload schemas (zod, validated on the server) and the types inferred from them.
 * Documented for other clients in docs/protocol.md.
 */
import { z } from 'zod';
import { cleanText, type CleanTextOptions } from '@/lib/domain/clean-text';
import { LANGUAGES, type Language } from '@/lib/i18n/locales';
import type { LiveState } from '@/lib/domain/session-machine';
import { MACHINE_ERROR_CODES } from '@/lib/domain/session-machine';
import type { RotationBound } from '@/lib/domain/rotation/lower-bound';
import type { MixingFigures } from '@/lib/domain/rotation/rotation-types';
import type { SeatingWish } from '@/lib/domain/rotation/planner-constraints';
import type { SpeakingQueue } from '@/lib/domain/speaking-order';
import { DOORS, EXPECTED_PEOPLE_MAX, WAITING_MAX, type Doors } from '@/lib/domain/admission';
import {
  DEFAULT_PLENARY,
  PLENARY_LIMITS,
  PLENARY_STEPS,
  RATERS,
  VOTE_TARGETS,
  type PlenaryRecords,
  type PlenaryStep,
  type VoteStatus,
} from '@/lib/domain/plenary/plenary-types';
import { PLENARY_ERROR_CODES, type PlenaryErrorCode } from '@/lib/domain/plenary/plenary-errors';
import type { RankedItem } from '@/lib/domain/plenary/ranking';
import type { AssessedItem } from '@/lib/domain/plenary/assessment';
import { ACTION_OBJECTIVE_MAX, ACTION_OWNER_MAX } from '@/lib/domain/plenary/actions';
import { WORKSTREAM_NAME_MAX, WORKSTREAMS_MAX } from '@/lib/domain/plenary/workstreams';
import type { GroupingSuggestion } from '@/lib/domain/grouping/suggest-groups';

export type { LiveState, Phase, Stage, Timer } from '@/lib/domain/session-machine';

// In the browser, zod must not probe for `new Function` (its faster parsers): the page's
// Content-Security-Policy forbids eval, and the probe, though caught, is reported as a violation.
// Every page that parses with zod loads this module first.
if (typeof window !== 'undefined') z.config({ jitless: true });

/** Bumped on any incompatible change; checked at the handshake. */
export const PROTOCOL_VERSION = 2;

export const LIMITS = {
  titleMax: 120,
  purposeMax: 2000,
  questionMax: 500,
  roundsMax: 12,
  tablesMax: 200,
  tableNameMax: 40,
  displayNameMax: 40,
  groupLabelMax: 40,
  phaseMinMs: 10_000,
  phaseMaxMs: 4 * 60 * 60_000,
  noteMax: 280,
  ideaMax: 500,
  /** Notes one person may have in one round. */
  notesPerRound: 30,
  ideasPerRound: 50,
  speakingTurnMinMs: 15_000,
  speakingTurnMaxMs: 30 * 60_000,
  /** People per table, host included, when the organiser sets a minimum or a maximum. */
  perTableMin: 2,
  perTableMax: 30,
  /** Seating wishes one session may hold. */
  constraintsMax: 200,
  /** Ideas one plenary command may name. */
  plenaryIdeasPerCommand: 2000,
  /** Items one `vote:replace` may name (a person's dots sit on at most `dotsPerPerson` of them). */
  allocationItemsMax: 100,
  /** Items an organiser's shortlist pick may name (the rules keep 30 at most: `too-many`). */
  shortlistPickMax: 200,
  /** Actions one reorder may name. */
  actionsMax: 2000,
  /** People removed by one command (a selection such as everyone who joined in the last minute). */
  removeMax: 2_000,
  /** Join requests decided by one command. */
  decideMax: WAITING_MAX,
  expectedPeopleMax: EXPECTED_PEOPLE_MAX,
} as const;

export const DEFAULT_PHASE_MS = { reflectionMs: 3 * 60_000, sharingMs: 10 * 60_000, consolidationMs: 7 * 60_000 } as const;

/** Table colours: names, so that phones and the projector can say "table 5 — green". */
export const TABLE_COLOURS = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'brown', 'grey'] as const;
export type TableColour = (typeof TABLE_COLOURS)[number];

// ---------------------------------------------------------------- error codes

/** The plenary's rules refuse with their own codes; three of them the contract already has. */
type PlenaryOnlyErrorCode = Exclude<PlenaryErrorCode, 'conflict' | 'too-many' | 'wrong-table'>;
const PLENARY_ONLY_ERROR_CODES = PLENARY_ERROR_CODES.filter(
  (code): code is PlenaryOnlyErrorCode => code !== 'conflict' && code !== 'too-many' && code !== 'wrong-table',
);

export const ERROR_CODES = [
  'bad-protocol',
  'unauthorised',
  'forbidden',
  'invalid-payload',
  'not-found',
  'session-started',
  'rate-limited',
  'internal',
  'wrong-phase',
  'not-seated',
  'too-many',
  'conflict',
  'wrong-table',
  'no-plan',
  'is-host',
  'unknown-command',
  'storage-full',
  'session-full',
  'doors-closed',
  ...MACHINE_ERROR_CODES,
  ...PLENARY_ONLY_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every command is acknowledged with one of these. */
export type FieldIssue = { path: (string | number)[]; message: string };

export type Ack<T extends object = object> =
  | ({ ok: true } & T)
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      /** With `invalid-payload`: which fields. */
      issues?: FieldIssue[];
      /** With `wrong-table`: the table this person should go to. */
      expected?: TableRef;
      /** With `rate-limited`: how long to wait before trying again. */
      retryAfterMs?: number;
    };

// ---------------------------------------------------------------- handshake

/** `auth` of the Socket.io handshake. The organiser is recognised by the sign-in cookie. */
export const handshakeSchema = z.strictObject({
  protocol: z.number().int(),
  /** Organiser: the session this page works on (none for the sessions list). */
  sessionId: z.string().max(64).optional(),
  /** Phone: the session's join code. */
  joinCode: z.string().max(16).optional(),
  /** Phone: the token received from `participant:join`, kept on the phone. */
  participantToken: z.string().max(128).optional(),
  /** Phone: an id the phone makes once and keeps; a join's retry is recognised per device (see docs/protocol.md). */
  deviceId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
  /** Projector: the session's view key. */
  screenKey: z.string().max(64).optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

export type Role = 'organiser' | 'participant' | 'guest' | 'screen';

// ---------------------------------------------------------------- session config

const RAW_TEXT_FACTOR = 4;
/**
 * Free text as people type it: cleaned first (invisible, bidi and control characters out, NFC,
 * mark stacks cut, trimmed; see lib/domain/clean-text), then limited, so that `.min(1)` refuses
 * what is blank once cleaned. The raw input is capped too, before any work is spent on it.
 */
const text = (max: number, options: CleanTextOptions = {}) =>
  z
    .string()
    .max(max * RAW_TEXT_FACTOR)
    .overwrite((value) => cleanText(value, options))
    .max(max);
const MULTILINE = { multiline: true } as const;
const commandId = z.string().min(8).max(64);

export const roundDraftSchema = z.strictObject({
  question: text(LIMITS.questionMax, MULTILINE).min(1),
  reflectionMs: z.number().int().min(LIMITS.phaseMinMs).max(LIMITS.phaseMaxMs),
  sharingMs: z.number().int().min(LIMITS.phaseMinMs).max(LIMITS.phaseMaxMs),
  consolidationMs: z.number().int().min(LIMITS.phaseMinMs).max(LIMITS.phaseMaxMs),
});
export type RoundDraft = z.infer<typeof roundDraftSchema>;

export const tableDraftSchema = z.strictObject({
  name: text(LIMITS.tableNameMax).min(1),
  colour: z.enum(TABLE_COLOURS),
});
export type TableDraft = z.infer<typeof tableDraftSchema>;

const stepMs = z.number().int().min(PLENARY_LIMITS.stepMinMs).max(PLENARY_LIMITS.stepMaxMs).nullable();
const inFixedOrder = (steps: readonly PlenaryStep[]) => steps.every((step, i) => i === 0 || PLENARY_STEPS.indexOf(steps[i - 1]!) < PLENARY_STEPS.indexOf(step));

const plenaryFields = {
  steps: z.array(z.enum(PLENARY_STEPS)).refine(inFixedOrder, { message: `each step at most once, in the order ${PLENARY_STEPS.join(', ')}` }),
  restitutionSlotMs: z.number().int().min(PLENARY_LIMITS.restitutionSlotMinMs).max(PLENARY_LIMITS.restitutionSlotMaxMs),
  stepDurationsMs: z.strictObject({ workstreams: stepMs, vote: stepMs, assessment: stepMs, actions: stepMs }),
  dotsPerPerson: z.number().int().min(PLENARY_LIMITS.dotsMin).max(PLENARY_LIMITS.dotsMax),
  maxDotsPerItem: z.number().int().min(PLENARY_LIMITS.dotsMin).max(PLENARY_LIMITS.dotsMax),
  voteOn: z.enum(VOTE_TARGETS),
  ratedBy: z.enum(RATERS),
  shortlistSize: z.number().int().min(PLENARY_LIMITS.shortlistMin).max(PLENARY_LIMITS.shortlistMax),
};

/** The plenary's programme in the draft (see docs/plenary.md); omitted: DEFAULT_PLENARY. */
export const plenaryProgrammeSchema = z
  .strictObject(plenaryFields)
  .refine((p) => p.maxDotsPerItem <= p.dotsPerPerson, {
    path: ['maxDotsPerItem'],
    message: 'the most dots on one item cannot exceed the dots per person',
    when: ({ value }) => fieldsValid(plenaryFields, value, ['maxDotsPerItem', 'dotsPerPerson']),
  })
  .refine((p) => !(p.voteOn === 'workstreams' && p.steps.includes('vote') && !p.steps.includes('workstreams')), {
    path: ['voteOn'],
    message: 'a vote on workstreams needs the workstreams step',
    when: ({ value }) => fieldsValid(plenaryFields, value, ['voteOn', 'steps']),
  });

/** Whether some fields of an object each pass their own schema (then a rule across them can be checked). */
function fieldsValid(shape: Record<string, z.ZodType>, value: unknown, keys: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return keys.every((key) => shape[key]?.safeParse(Reflect.get(value, key)).success === true);
}

/** Whether a draft's two per-table limits are each valid (then their order can be checked). */
function bothLimitsValid(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (key: string) => perTable.optional().safeParse(Reflect.get(value, key)).success;
  return ok('minPerTable') && ok('maxPerTable');
}

const perTable = z.number().int().min(LIMITS.perTableMin).max(LIMITS.perTableMax).nullable().default(null);

/** What the organiser prepares; editable until the session starts. */
export const sessionDraftSchema = z
  .strictObject({
    title: text(LIMITS.titleMax).min(1),
    purpose: text(LIMITS.purposeMax, MULTILINE),
    language: z.enum(LANGUAGES),
    anonymous: z.boolean(),
    autoAdvance: z.boolean(),
    rounds: z.array(roundDraftSchema).min(1).max(LIMITS.roundsMax),
    tables: z.array(tableDraftSchema).min(1).max(LIMITS.tablesMax),
    /** A fixed speaking slot per person in the tour de table; null: the sharing time split fairly. */
    speakingTurnMs: z.number().int().min(LIMITS.speakingTurnMinMs).max(LIMITS.speakingTurnMaxMs).nullable().default(null),
    /** Fewest and most people per table, host included (null: no limit); the rotation planner keeps to them. */
    minPerTable: perTable,
    maxPerTable: perTable,
    /** What the plenary runs and how (dots, slots, who rates); omitted: the default programme. */
    plenary: plenaryProgrammeSchema.default(() => structuredClone(DEFAULT_PLENARY)),
  })
  .refine((d) => typeof d.minPerTable !== 'number' || typeof d.maxPerTable !== 'number' || d.minPerTable <= d.maxPerTable, {
    path: ['maxPerTable'],
    message: 'the maximum per table cannot be below the minimum',
    // Checked even when another field has a problem, so the builder shows every problem at once.
    when: ({ value }) => bothLimitsValid(value),
  });
export type SessionDraft = z.output<typeof sessionDraftSchema>;
export type SessionDraftInput = z.input<typeof sessionDraftSchema>;

export type SessionConfig = SessionDraft & { id: string; code: string };

/**
 * The session as clients hold it (`Snapshot.session`, `session:updated`): its tables as a count, and
 * their names and colours only for the organiser and the projector, which show every table. A phone
 * names a table by the `TableRef` it is given where it needs one: where it sits (`myTable`), where a
 * rotation sends it (`arrival`), the table a refused link expected (`wrong-table`), the table a
 * table's link opens (its page). At 200 tables the list was 7 KB of a phone's 9 KB snapshot, sent
 * again to every phone at every reconnection.
 */
export type SessionView = Omit<SessionConfig, 'tables'> & {
  tableCount: number;
  /** Organiser and projector only. */
  tables?: TableDraft[];
};

export type SessionSummary = {
  id: string;
  code: string;
  title: string;
  language: Language;
  stage: LiveState['stage']['kind'];
  rounds: number;
  tables: number;
  participants: number;
  createdAt: number;
};

// ---------------------------------------------------------------- snapshot and broadcasts

export type ParticipantView = {
  id: string;
  displayName: string;
  groupLabel: string | null;
  joinedAt: number;
  /** The table where this person sits now. */
  tableId: string | null;
};

/** A table's identity, as every screen names it: "Table 5 — Green". */
export type TableRef = {
  id: string;
  /** 1-based, as printed on the table and in its link `/t/<code>/<number>`. */
  number: number;
  name: string;
  colour: TableColour;
};

/** A table as the organiser and the projector follow it: its host and how many sit there. */
export type TableSummary = TableRef & { hostId: string | null; hostName: string | null; seated: number };

/** What the organiser's board shows of a table; its content comes when the table is opened (`table:watch`). */
export type TableStats = {
  tableId: string;
  /** The table view's sequence number when these figures were taken: keep the highest. */
  tableSeq: number;
  round: number | null;
  seated: number;
  /** Sent here by a rotation, not checked in yet (their ids). */
  arriving: string[];
  notesWritten: number;
  notesShared: number;
  ideas: number;
  speakerId: string | null;
  speakerName: string | null;
};

/** A note shared with the table (from the sharing phase on). Author id and name are null in anonymous sessions; `plusOnes` counts (never names) the +1s. */
export type NoteView = { id: string; text: string; authorId: string | null; authorName: string | null; plusOnes: number };

/** One of my own notes (private during the reflection). */
export type MyNote = { id: string; text: string; round: number; tableId: string };

/** A consolidated idea: the table's output for the round, with the notes it came from. */
export type IdeaView = {
  id: string;
  text: string;
  round: number;
  position: number;
  sourceNoteIds: string[];
  /** Authors of the source notes; empty in anonymous sessions. */
  authorNames: string[];
  /** How many +1s (who gave them is never sent). */
  plusOnes: number;
};

/**
 * Everything one table shows for the current round, the same for its host, its participants and
 * the organiser. Sent whole when what it shows changed (`table:view`), with a per-table sequence
 * number; a stage change that leaves it as it was sends nothing (see sent-views.ts).
 */
export type TableView = {
  tableId: string;
  tableSeq: number;
  round: number | null;
  /** Who sits here; `here: false` for someone sent here by a rotation who has not checked in yet. */
  roster: { id: string; displayName: string; here?: boolean }[];
  hostId: string | null;
  /** Notes written at this table this round, shared or not (a count only). */
  notesWritten: number;
  /** Shared notes of this round (none during the reflection). */
  notes: NoteView[];
  /** The tour de table; the speaker's deadline is `startedAt + slotMs`. */
  speaking: SpeakingQueue | null;
  ideas: IdeaView[];
  /** Ideas consolidated at this table in earlier rounds, by round: the host's recap for newcomers. */
  recap: { round: number; ideas: { id: string; text: string }[] }[];
  recapClosed: boolean;
};

export type { MixingFigures, RotationBound };

export type { Doors };
export { DOORS };

/** Who may still join, and how many: the organiser's console and the phones that have not joined yet. */
export type Admission = {
  doors: Doors;
  /** The most participants (hosts included) the session takes. */
  capacity: number;
  /** Where the capacity comes from: the organiser's expected head count, or the tables' seats (a maximum per table, else 10); the margin on top. */
  basis: { from: 'expected' | 'tables'; people: number; margin: number };
  expectedPeople: number | null;
};

/** Someone waiting for the organiser to let them in. */
export type JoinRequestView = { id: string; displayName: string; groupLabel: string | null; requestedAt: number };

/** A phone's own request to join, while the doors wait for the organiser: `approved` means "send your join again for your token". */
export type MyRequest = 'waiting' | 'approved' | 'refused';

/** The organiser's rotation preview (or the applied rotation) for the next round. */
export type RotationView = {
  /** The round this seating is for. */
  round: number;
  status: 'planned' | 'applied';
  seed: number;
  /** The organiser's cap on meetings of one pair (e.g. 2), or null for "fewest repeated pairs". */
  maxMeetings: number | null;
  /** Every mover's table in that round (hosts stay at their table and are not listed). */
  seats: { participantId: string; tableId: string; checkedIn: boolean }[];
  /** Mixing figures over the rounds already seated and the planned ones. */
  figures: MixingFigures;
  /** The proven lower bound for these numbers. */
  bound: RotationBound;
  /** Ids of the seating wishes this seating does not honour (see `ConstraintView`). */
  unmet: string[];
};

/**
 * An organiser's seating wish: `apart` (never at the same table), `together`, or `stay` (always at
 * this table, for accessibility). `round`: the 0-based round it is about, or null for every round.
 * Hosts are never part of a wish (they stay at their table).
 */
export type ConstraintView = SeatingWish;

/** Movers on their way to their next table. */
export type RotationProgress = { round: number; total: number; checkedIn: number };

/** Where this phone's owner must go for the next round, and whether they have arrived. */
export type Arrival = { round: number; tableId: string; checkedIn: boolean; table: TableRef };

/** A table as the plenary names it: "Table 5 — Green", presented by its host. */
export type PlenaryTable = TableRef & { hostName: string | null };

/** What is voted on, rated and planned: a workstream, or (voting on ideas) an idea not marked the same as another. */
export type PlenaryItem = {
  id: string;
  kind: 'workstream' | 'idea';
  /** The workstream's name, or the idea's text. */
  label: string;
  /** An idea's table number (1-based) and round (0-based); null for a workstream. */
  table: number | null;
  round: number | null;
};

/** The table presenting now, with its consolidated ideas of every round, and the idea its host is showing. */
export type RestitutionView = {
  table: PlenaryTable;
  /** The rounds in which this table consolidated ideas, in order (the question is `session.rounds[round].question`). */
  rounds: { round: number; ideas: { id: string; text: string }[] }[];
  highlightedIdeaId: string | null;
};

/** One item's result, once the vote is closed: dots, how many people gave it some, its rank (shared by ties). */
export type RankedItemView = RankedItem;

/** The dot vote as everyone may see it: its status, and the ranking only once it is closed. */
export type VoteView = {
  status: VoteStatus;
  /** The dots that count as "all of them" for the progress: min(dotsPerPerson, items × maxDotsPerItem). */
  fullDots: number;
  /** Once closed: every item, most dots first; equal dots share a rank and are marked tied. Null before. */
  ranking: RankedItemView[] | null;
  /** Once closed: the items within the programme's shortlistSize, ties at the cut all kept. Null before. */
  suggestedShortlist: string[] | null;
};

/**
 * A shortlisted item on the effort × gain matrix. Before the ratings are revealed every figure is
 * null and `placed` is set only by an organiser's override.
 */
export type MatrixItem = AssessedItem;

export type MatrixView = {
  /** Whether the medians and spreads are shown: the organiser's ratings always; everyone's once the assessment step is over. */
  revealed: boolean;
  /** The shortlist's items, in order. */
  items: MatrixItem[];
};

/** An action of the plan, as stored (code, owner, deadline or horizon, objective, status, place in the roadmap). */
export type ActionView = PlenaryRecords['actions'][number];

/** Every consolidated idea of the café and where it stands: what the console groups and the projector shows forming. */
export type BoardIdea = { id: string; text: string; tableId: string; round: number; workstreamId: string | null; sameAsId: string | null };

/** The organiser's and the projector's whole picture: every table, workstream and idea. */
export type PlenaryBoard = {
  tables: PlenaryTable[];
  workstreams: { id: string; name: string; position: number }[];
  /** In the café's order (round, table, position). `workstreamId` is the idea's item's; `sameAsId` the idea it is the same as (null: itself an item's first). */
  ideas: BoardIdea[];
};

/**
 * The plenary as every screen shows it, sent whole (`plenary:view`) when it changes. Phones get it
 * without `board` and without `actions` until the café is closed; the organiser and the projector
 * get it all. Nothing in it says who voted or rated what, and before the close there is no tally.
 */
export type PlenaryView = {
  items: PlenaryItem[];
  restitution: RestitutionView | null;
  vote: VoteView;
  /** The items assessed on effort × gain, in order. */
  shortlist: string[];
  matrix: MatrixView;
  /** The roadmap, in order; null on phones until the café is closed. */
  actions: ActionView[] | null;
  /** Organiser and projector only. */
  board: PlenaryBoard | null;
};

/** "28 of 41 have voted": people who placed all their dots, and who rated every shortlisted item, of everyone who joined. */
export type PlenaryProgress = { of: number; voted: number; rated: number };

/** A participant's own dots and ratings (sent to them alone). */
export type MyPlenary = { dots: Record<string, number>; ratings: Record<string, { gain: number; effort: number }> };

export type { GroupingSuggestion };

/** Sent on every (re)connect and on `session:sync`: everything this role may see, now. */
export type Snapshot = {
  role: Role;
  protocol: number;
  /** Server clock (ms since epoch) when the snapshot was made. */
  serverTime: number;
  /** The session's sequence number: every later broadcast carries the next one. */
  seq: number;
  session: SessionView;
  live: LiveState;
  /** The URL phones open (also encoded in the join QR). */
  joinUrl: string;
  participantCount: number;
  /**
   * Organiser: everyone who joined — not in the server's snapshot (it grows with the room); the
   * console fetches it with `participants:list` when a panel needs names, then keeps it current.
   */
  participants?: ParticipantView[];
  /** Organiser only: the projector's view link. */
  screenUrl?: string;
  /**
   * Organiser, participant and projector: the address of the café's synthesis (a per-session secret
   * in it; the page also needs the participant's token or the organiser's sign-in). It opens to
   * participants at the close; the projector shows it as a QR code then.
   */
  synthesisUrl?: string;
  /** Participant only. */
  me?: ParticipantView;
  /** Organiser and projector: every table (names, colours, hosts, head counts). */
  seating?: TableSummary[];
  /** Participant: the table where they sit (null when not seated). */
  myTable?: TableRef | null;
  /** Participant: that table's view. */
  table?: TableView | null;
  /** Participant: their own notes of the current round. */
  myNotes?: MyNote[];
  /** Participant: the notes and ideas they gave a +1 to. */
  myPlusOnes?: string[];
  /** Organiser: every table's figures for the board. */
  tableStats?: TableStats[];
  /** Organiser (kept by the client, newest last): people who moved themselves to another table since the console opened. */
  recentMoves?: SeatMove[];
  /** Organiser (kept by the client): the views of the tables it watches (`table:watch`). */
  tables?: TableView[];
  /** Organiser: each table's host link (scanning it seats the person as host). */
  hostLinks?: Record<string, string>;
  /** Organiser: the rotation being previewed or applied, if any. */
  rotation?: RotationView | null;
  /** Organiser: the seating wishes the planner honours, oldest first. */
  constraints?: ConstraintView[];
  /** Organiser and projector: the movers' check-ins after a rotation was applied. */
  moving?: RotationProgress | null;
  /** Participant: the table to go to after a rotation was applied. */
  arrival?: Arrival | null;
  /**
   * The plenary: everyone once the session reaches it (null before; the organiser always), phones
   * without the board (and the action plan until the café is closed).
   */
  plenary?: PlenaryView | null;
  /** Everyone during the plenary: how many have voted and rated (never what). */
  plenaryProgress?: PlenaryProgress | null;
  /** Participant: their own dots and ratings. */
  myPlenary?: MyPlenary;
  /** Organiser and guest: the doors and the capacity. */
  admission?: Admission;
  /** Organiser: the people waiting to be let in, oldest first. */
  waiting?: JoinRequestView[];
  /** Guest: this device's request to join, when the doors wait for the organiser. */
  myRequest?: MyRequest | null;
};

/** Numbered in the session's sequence: what every client of the session receives. */
export type StateBroadcast = { seq: number; live: LiveState; serverTime: number };
export type ConfigBroadcast = { seq: number; session: SessionView };
export type DeletedBroadcast = { seq: number };
/** A table's whole view (not numbered in the session's sequence: keep the one with the highest tableSeq). */
export type TableBroadcast = { view: TableView };
/** Whole values, not numbered: keep the latest. Room-wide figures are coalesced (a few per second at most). */
export type CountBroadcast = { participantCount: number };
/** People who joined or moved, whole (organiser): add or replace them in the list. */
export type ParticipantsBroadcast = { participants: ParticipantView[] };
export type SeatingBroadcast = { seating: TableSummary[] };
/** Where this participant sits now (after a seat change, a rotation, an organiser's move). */
export type SeatBroadcast = { tableId: string | null; table: TableRef | null };
/** Someone changed tables by opening another table's link (not the organiser's move, not a rotation). */
export type SeatMove = { participantId: string; displayName: string; from: string; to: string; at: number };
/** Moves people made themselves since the last message (organiser; coalesced). */
export type SeatMovedBroadcast = { moves: SeatMove[] };
/** The figures of the tables that changed. */
export type StatsBroadcast = { stats: TableStats[] };
export type RotationBroadcast = { rotation: RotationView | null };
export type ConstraintsBroadcast = { constraints: ConstraintView[] };
export type ProgressBroadcast = { moving: RotationProgress | null };
export type ArrivalBroadcast = { arrival: Arrival | null };
export type MyPlusOnesBroadcast = { targetIds: string[] };
/**
 * How many +1s these notes and ideas of a table have now (coalesced per table): set them in the
 * table's view, whatever its tableSeq — a +1 changes only counts, so it sends them, not the view.
 */
export type PlusOnesBroadcast = { tableId: string; counts: Record<string, number> };
/** The plenary's view, whole (coalesced): keep the latest. Null: the session is not (or no longer) in the plenary. */
export type PlenaryBroadcast = { plenary: PlenaryView | null };
/** The vote's and the assessment's progress (coalesced, only when it changes). */
export type PlenaryProgressBroadcast = { progress: PlenaryProgress };
/** This participant's own dots and ratings, whole. */
export type MyPlenaryBroadcast = { mine: MyPlenary };
export type AdmissionBroadcast = { admission: Admission };
/** Everyone waiting to be let in, whole. */
export type WaitingBroadcast = { requests: JoinRequestView[] };
/** To the phone that asked to join: its request is waiting, or the organiser's answer. */
export type RequestBroadcast = { status: MyRequest };
/** To the organiser: people removed (drop them from the list). */
export type RemovedBroadcast = { participantIds: string[] };
/** To a removed participant's phone, just before it is disconnected. */
export type YouWereRemovedBroadcast = Record<string, never>;

// ---------------------------------------------------------------- commands (client → server)

export const controlSchema = z.discriminatedUnion('action', [
  z.strictObject({ commandId, action: z.literal('start') }),
  z.strictObject({ commandId, action: z.literal('pause') }),
  z.strictObject({ commandId, action: z.literal('resume') }),
  z.strictObject({ commandId, action: z.literal('next') }),
  z.strictObject({ commandId, action: z.literal('back') }),
  z.strictObject({ commandId, action: z.literal('extend'), ms: z.union([z.literal(60_000), z.literal(300_000)]) }),
]);
export type ControlPayload = z.infer<typeof controlSchema>;

export const createSessionSchema = z.strictObject({ commandId, draft: sessionDraftSchema });
export const updateSessionSchema = z.strictObject({ commandId, sessionId: z.string().max(64), draft: sessionDraftSchema });
export const sessionRefSchema = z.strictObject({ commandId, sessionId: z.string().max(64) });
export const emptySchema = z.strictObject({});
export const joinSchema = z.strictObject({
  commandId,
  displayName: text(LIMITS.displayNameMax).min(1),
  groupLabel: text(LIMITS.groupLabelMax).optional(),
});
export const pingSchema = z.strictObject({ clientTime: z.number() });
/** The organiser's doors and expected head count (at least one of them). */
export const admissionUpdateSchema = z
  .strictObject({
    commandId,
    doors: z.enum(DOORS).optional(),
    expectedPeople: z.number().int().min(1).max(LIMITS.expectedPeopleMax).nullable().optional(),
  })
  .refine((a) => a.doors !== undefined || a.expectedPeople !== undefined, { message: 'change the doors or the expected head count' });

/** Ids the client makes for what it creates (notes, ideas), so that a retry is stored once. */
const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8–64 letters, digits, - or _');
const entityId = z.string().min(1).max(128);
const noteText = text(LIMITS.noteMax, MULTILINE).min(1);
const ideaText = text(LIMITS.ideaMax, MULTILINE).min(1);

export const seatTakeSchema = z.strictObject({ commandId, table: z.number().int().min(1).max(LIMITS.tablesMax), hostKey: z.string().max(64).optional() });
export const seatAssignSchema = z.strictObject({ commandId, participantId: entityId, tableId: entityId.nullable() });
export const seatFillSchema = z.strictObject({ commandId });
export const hostAssignSchema = z.strictObject({ commandId, tableId: entityId, participantId: entityId.nullable() });
export const noteAddSchema = z.strictObject({ commandId, noteId: clientId, text: noteText });
export const noteEditSchema = z.strictObject({ commandId, noteId: clientId, text: noteText });
export const noteDeleteSchema = z.strictObject({ commandId, noteId: clientId });
export const reactionSchema = z.strictObject({ commandId, targetId: entityId, on: z.boolean() });
/** Host commands act on the host's own table; the organiser names the table. */
export const turnSchema = z.strictObject({ commandId, tableId: entityId.optional() });
export const ideaAddSchema = z.strictObject({
  commandId,
  ideaId: clientId,
  text: ideaText,
  sourceNoteIds: z.array(clientId).max(50),
  tableId: entityId.optional(),
});
export const ideaEditSchema = z.strictObject({ commandId, ideaId: clientId, text: ideaText });
export const ideaDeleteSchema = z.strictObject({ commandId, ideaId: clientId });
export const ideaReorderSchema = z.strictObject({ commandId, ideaIds: z.array(clientId).min(1).max(LIMITS.ideasPerRound), tableId: entityId.optional() });
export const recapCloseSchema = z.strictObject({ commandId });
export const rotationPlanSchema = z.strictObject({
  commandId,
  /** Same seed, same plan; omit it for a new draw ("re-roll"). */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  maxMeetings: z.literal(2).nullable().optional(),
});
const roundIndex = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.roundsMax - 1);
/** A seating wish as the organiser sends it; `round` omitted (or null): every round. */
export const constraintSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('apart'), a: entityId, b: entityId, round: roundIndex.nullable().optional() }),
    z.strictObject({ kind: z.literal('together'), a: entityId, b: entityId, round: roundIndex.nullable().optional() }),
    z.strictObject({ kind: z.literal('stay'), person: entityId, tableId: entityId, round: roundIndex.nullable().optional() }),
  ])
  .refine((c) => c.kind === 'stay' || c.a !== c.b, { path: ['b'], message: 'a wish is about two different people' });
export type ConstraintInput = z.input<typeof constraintSchema>;
export const constraintAddSchema = z.strictObject({ commandId, constraint: constraintSchema });
export const constraintRemoveSchema = z.strictObject({ commandId, constraintId: entityId });
export const rotationSwapSchema = z.strictObject({ commandId, a: entityId, b: entityId });
export const rotationApplySchema = z.strictObject({ commandId });
export const checkInSchema = z.strictObject({ commandId });
export const tableWatchSchema = z.strictObject({ tableId: entityId.nullable() });
export const admissionDecideSchema = z.strictObject({ commandId, requestIds: z.array(entityId).min(1).max(LIMITS.decideMax), approve: z.boolean() });
export const participantRemoveSchema = z.strictObject({ commandId, participantIds: z.array(entityId).min(1).max(LIMITS.removeMax) });

// ---------------------------------------------------------------- plenary commands

/** Ideas one plenary command may name (placing, splitting, accepting a suggested group). */
const plenaryIdeaIds = z.array(entityId).max(LIMITS.plenaryIdeasPerCommand);
const workstreamName = text(WORKSTREAM_NAME_MAX).min(1);

export const restitutionShowSchema = z.strictObject({ commandId, ideaId: entityId.nullable() });
export const workstreamCreateSchema = z.strictObject({ commandId, workstreamId: clientId, name: workstreamName, ideaIds: plenaryIdeaIds.optional() });
export const workstreamRenameSchema = z.strictObject({ commandId, workstreamId: entityId, name: workstreamName });
export const workstreamDeleteSchema = z.strictObject({ commandId, workstreamId: entityId });
export const workstreamMergeSchema = z.strictObject({ commandId, workstreamIds: z.array(entityId).min(1).max(WORKSTREAMS_MAX), intoId: entityId });
export const workstreamSplitSchema = z.strictObject({
  commandId,
  workstreamId: entityId,
  ideaIds: plenaryIdeaIds.min(1),
  newWorkstreamId: clientId,
  name: workstreamName,
});
export const workstreamReorderSchema = z.strictObject({ commandId, workstreamIds: z.array(entityId).max(WORKSTREAMS_MAX) });
export const workstreamPlaceSchema = z.strictObject({ commandId, ideaIds: plenaryIdeaIds.min(1), workstreamId: entityId.nullable() });
export const sameIdeaMarkSchema = z.strictObject({ commandId, ideaId: entityId, sameAsId: entityId });
export const sameIdeaUnmarkSchema = z.strictObject({ commandId, ideaId: entityId });
export const plenarySuggestSchema = z.strictObject({ unplacedOnly: z.boolean().optional() });
export const suggestionAcceptSchema = z.strictObject({
  commandId,
  groups: z
    .array(z.strictObject({ workstreamId: clientId, name: workstreamName, ideaIds: plenaryIdeaIds }))
    .min(1)
    .max(WORKSTREAMS_MAX),
});
/** Dots are checked by the vote's rules (whole, ≥ 0, within the cap and the budget), which refuse with their own codes. */
const dots = z.number().min(-1000).max(1000);
export const voteSetSchema = z.strictObject({ commandId, itemId: entityId, dots });
export const voteMoveSchema = z.strictObject({ commandId, fromId: entityId, toId: entityId });
export const voteReplaceSchema = z.strictObject({
  commandId,
  dots: z.record(entityId, dots).refine((allocation) => Object.keys(allocation).length <= LIMITS.allocationItemsMax, {
    message: `at most ${LIMITS.allocationItemsMax} items`,
  }),
});
export const voteStatusSchema = z.strictObject({ commandId });
export const shortlistSetSchema = z.strictObject({ commandId, itemIds: z.array(entityId).max(LIMITS.shortlistPickMax) });
export const shortlistFromVoteSchema = z.strictObject({ commandId });
/** Gain and effort are checked by the assessment's rules (whole points, 1–5). */
const rating = z.strictObject({ gain: z.number().min(-100).max(100), effort: z.number().min(-100).max(100) }).nullable();
export const ratingSetSchema = z.strictObject({ commandId, itemId: entityId, rating });
export const quadrantOverrideSchema = z.strictObject({ commandId, itemId: entityId, quadrant: z.string().max(32).nullable() });
/** Fields left out keep their value (a new action: empty, no date or horizon, proposed). */
export const actionUpsertSchema = z.strictObject({
  commandId,
  itemId: entityId,
  owner: text(ACTION_OWNER_MAX).optional(),
  deadline: z.string().max(32).nullable().optional(),
  horizon: z.string().max(32).nullable().optional(),
  objective: text(ACTION_OBJECTIVE_MAX, MULTILINE).optional(),
  status: z.string().max(32).optional(),
});
export const actionDeleteSchema = z.strictObject({ commandId, itemId: entityId });
export const actionReorderSchema = z.strictObject({ commandId, codes: z.array(z.string().max(16)).max(LIMITS.actionsMax) });

export interface ServerToClientEvents {
  'session:snapshot': (snapshot: Snapshot) => void;
  'session:state': (message: StateBroadcast) => void;
  'session:updated': (message: ConfigBroadcast) => void;
  'session:deleted': (message: DeletedBroadcast) => void;
  'room:count': (message: CountBroadcast) => void;
  'participants:changed': (message: ParticipantsBroadcast) => void;
  'seating:changed': (message: SeatingBroadcast) => void;
  'seat:updated': (message: SeatBroadcast) => void;
  'seat:moved': (message: SeatMovedBroadcast) => void;
  'table:view': (message: TableBroadcast) => void;
  'table:stats': (message: StatsBroadcast) => void;
  'rotation:updated': (message: RotationBroadcast) => void;
  'constraints:updated': (message: ConstraintsBroadcast) => void;
  'rotation:progress': (message: ProgressBroadcast) => void;
  'arrival:updated': (message: ArrivalBroadcast) => void;
  'plus-ones:mine': (message: MyPlusOnesBroadcast) => void;
  'table:plus-ones': (message: PlusOnesBroadcast) => void;
  'plenary:view': (message: PlenaryBroadcast) => void;
  'plenary:progress': (message: PlenaryProgressBroadcast) => void;
  'plenary:mine': (message: MyPlenaryBroadcast) => void;
  'admission:updated': (message: AdmissionBroadcast) => void;
  'admission:waiting': (message: WaitingBroadcast) => void;
  'admission:request': (message: RequestBroadcast) => void;
  'participants:removed': (message: RemovedBroadcast) => void;
  'participant:removed': (message: YouWereRemovedBroadcast) => void;
}

type Command<P, R extends object = object> = (payload: P, ack: (result: Ack<R>) => void) => void;

export interface ClientToServerEvents {
  'session:sync': Command<z.input<typeof emptySchema>, { snapshot: Snapshot }>;
  'session:list': Command<z.input<typeof emptySchema>, { sessions: SessionSummary[] }>;
  'session:create': Command<z.input<typeof createSessionSchema>, { sessionId: string }>;
  'session:update': Command<z.input<typeof updateSessionSchema>>;
  'session:duplicate': Command<z.input<typeof sessionRefSchema>, { sessionId: string }>;
  'session:delete': Command<z.input<typeof sessionRefSchema>>;
  'session:control': Command<ControlPayload, { seq: number }>;
  'participant:join': Command<z.input<typeof joinSchema>, JoinResult>;
  'time:ping': Command<z.input<typeof pingSchema>, { clientTime: number; serverTime: number }>;
  'seat:take': Command<z.input<typeof seatTakeSchema>, { tableId: string; isHost: boolean }>;
  'seat:assign': Command<z.input<typeof seatAssignSchema>>;
  'seat:fill': Command<z.input<typeof seatFillSchema>, { seated: number }>;
  'host:assign': Command<z.input<typeof hostAssignSchema>>;
  'note:add': Command<z.input<typeof noteAddSchema>>;
  'note:edit': Command<z.input<typeof noteEditSchema>>;
  'note:delete': Command<z.input<typeof noteDeleteSchema>>;
  'reaction:set': Command<z.input<typeof reactionSchema>>;
  'turn:next': Command<z.input<typeof turnSchema>>;
  'turn:skip': Command<z.input<typeof turnSchema>>;
  'idea:add': Command<z.input<typeof ideaAddSchema>>;
  'idea:edit': Command<z.input<typeof ideaEditSchema>>;
  'idea:delete': Command<z.input<typeof ideaDeleteSchema>>;
  'idea:reorder': Command<z.input<typeof ideaReorderSchema>>;
  'recap:close': Command<z.input<typeof recapCloseSchema>>;
  'rotation:plan': Command<z.input<typeof rotationPlanSchema>, { rotation: RotationView }>;
  'rotation:swap': Command<z.input<typeof rotationSwapSchema>, { rotation: RotationView }>;
  'rotation:apply': Command<z.input<typeof rotationApplySchema>, { moved: number }>;
  'seat:check-in': Command<z.input<typeof checkInSchema>, { tableId: string | null }>;
  'constraint:add': Command<z.input<typeof constraintAddSchema>, { constraintId: string }>;
  'constraint:remove': Command<z.input<typeof constraintRemoveSchema>>;
  'participants:list': Command<z.input<typeof emptySchema>, { participants: ParticipantView[] }>;
  'table:watch': Command<z.input<typeof tableWatchSchema>, { view: TableView | null }>;
  'restitution:show': Command<z.input<typeof restitutionShowSchema>>;
  'workstream:create': Command<z.input<typeof workstreamCreateSchema>>;
  'workstream:rename': Command<z.input<typeof workstreamRenameSchema>>;
  'workstream:delete': Command<z.input<typeof workstreamDeleteSchema>>;
  'workstream:merge': Command<z.input<typeof workstreamMergeSchema>>;
  'workstream:split': Command<z.input<typeof workstreamSplitSchema>>;
  'workstream:reorder': Command<z.input<typeof workstreamReorderSchema>>;
  'workstream:place': Command<z.input<typeof workstreamPlaceSchema>>;
  'same-idea:mark': Command<z.input<typeof sameIdeaMarkSchema>>;
  'same-idea:unmark': Command<z.input<typeof sameIdeaUnmarkSchema>>;
  'plenary:suggest': Command<z.input<typeof plenarySuggestSchema>, { suggestion: GroupingSuggestion }>;
  'suggestion:accept': Command<z.input<typeof suggestionAcceptSchema>>;
  'vote:set': Command<z.input<typeof voteSetSchema>, { dots: Record<string, number> }>;
  'vote:move': Command<z.input<typeof voteMoveSchema>, { dots: Record<string, number> }>;
  'vote:replace': Command<z.input<typeof voteReplaceSchema>, { dots: Record<string, number> }>;
  'vote:open': Command<z.input<typeof voteStatusSchema>, { status: VoteStatus }>;
  'vote:close': Command<z.input<typeof voteStatusSchema>, { status: VoteStatus }>;
  'shortlist:set': Command<z.input<typeof shortlistSetSchema>, { itemIds: string[] }>;
  'shortlist:from-vote': Command<z.input<typeof shortlistFromVoteSchema>, { itemIds: string[] }>;
  'rating:set': Command<z.input<typeof ratingSetSchema>, { ratings: MyPlenary['ratings'] }>;
  'organiser-rating:set': Command<z.input<typeof ratingSetSchema>>;
  'quadrant:override': Command<z.input<typeof quadrantOverrideSchema>>;
  'action:upsert': Command<z.input<typeof actionUpsertSchema>, { code: string }>;
  'action:delete': Command<z.input<typeof actionDeleteSchema>>;
  'action:reorder': Command<z.input<typeof actionReorderSchema>>;
  'admission:update': Command<z.input<typeof admissionUpdateSchema>, { admission: Admission }>;
  'admission:decide': Command<z.input<typeof admissionDecideSchema>, { decided: number }>;
  'participant:remove': Command<z.input<typeof participantRemoveSchema>, { removed: number }>;
}

/** A join's answer: in (the token, kept on the phone), or waiting for the organiser to let this device in. */
export type JoinResult = { status: 'joined'; participantToken: string; participantId: string } | { status: 'waiting' };

/** Names of the sign-in cookie and of the phone's local storage keys. */
export const ORGANISER_COOKIE = 'tournee_organiser';
export const participantTokenKey = (joinCode: string) => `tournee:participant:${joinCode}`;
/** The phone's device id (one per browser, every session). */
export const DEVICE_ID_KEY = 'tournee:device';
/** A join waiting for the organiser's approval, sent again when they let the phone in (also after a reload). */
export const pendingJoinKey = (joinCode: string) => `tournee:pending-join:${joinCode}`;
