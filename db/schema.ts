import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ACTION_STATUSES,
  DEFAULT_PLENARY,
  HORIZONS,
  PLENARY_STAGE_STEPS,
  QUADRANTS,
  RATERS,
  VOTE_STATUSES,
  VOTE_TARGETS,
} from '@/lib/domain/plenary/plenary-types';
import { DOORS } from '@/lib/domain/admission';

/** Key/value settings of the installation (organiser credential hash, …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Signed-in organiser browsers: only the hash of the cookie token is stored. */
export const organiserSessions = sqliteTable('organiser_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    screenKey: text('screen_key').notNull(),
    title: text('title').notNull(),
    purpose: text('purpose').notNull().default(''),
    language: text('language', { enum: ['fr', 'en'] }).notNull(),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    autoAdvance: integer('auto_advance', { mode: 'boolean' }).notNull().default(false),
    /** A fixed speaking slot per person; null: the sharing time split fairly among those seated. */
    speakingTurnMs: integer('speaking_turn_ms'),
    /** Fewest and most people per table, host included; null: no limit. */
    minPerTable: integer('min_per_table'),
    maxPerTable: integer('max_per_table'),
    // Live state, one column per field (never a JSON blob): see lib/domain/session-machine.ts.
    stage: text('stage', { enum: ['lobby', 'phase', 'rotation', 'plenary', 'closed'] })
      .notNull()
      .default('lobby'),
    roundIndex: integer('round_index'),
    phase: text('phase', { enum: ['reflection', 'sharing', 'consolidation'] }),
    timerStatus: text('timer_status', { enum: ['running', 'paused'] }),
    timerEndsAt: integer('timer_ends_at'),
    timerRemainingMs: integer('timer_remaining_ms'),
    timerDurationMs: integer('timer_duration_ms'),
    /** In the plenary: its step, and the 0-based position of the presenting table during the restitution. */
    plenaryStep: text('plenary_step', { enum: PLENARY_STAGE_STEPS }),
    plenaryTable: integer('plenary_table'),
    /** Who may join: everyone with the code, only those the organiser lets in, or nobody more (see lib/domain/admission.ts). */
    doors: text('doors', { enum: DOORS }).notNull().default('open'),
    /** The organiser's expected head count, which the capacity is taken from; null: the tables' seats. */
    expectedPeople: integer('expected_people'),
    seq: integer('seq').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('sessions_code_unique').on(t.code), uniqueIndex('sessions_screen_key_unique').on(t.screenKey)],
);

export const rounds = sqliteTable(
  'rounds',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    question: text('question').notNull(),
    reflectionMs: integer('reflection_ms').notNull(),
    sharingMs: integer('sharing_ms').notNull(),
    consolidationMs: integer('consolidation_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.position] })],
);

export const cafeTables = sqliteTable(
  'cafe_tables',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    colour: text('colour').notNull(),
    /** The table's host (a participant who never moves); null until designated. */
    hostId: text('host_id'),
    /** Secret of the table's host link: scanning it seats the person here as host. */
    hostKey: text('host_key'),
    /** The round whose recap the host closed on the phones of the new group. */
    recapClosedRound: integer('recap_closed_round'),
    /** Bumped on every change of what the table shows: clients keep the view with the highest. */
    seq: integer('seq').notNull().default(0),
  },
  (t) => [uniqueIndex('cafe_tables_session_position').on(t.sessionId, t.position), index('cafe_tables_host').on(t.hostId)],
);

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    displayName: text('display_name').notNull(),
    groupLabel: text('group_label'),
    joinedAt: integer('joined_at').notNull(),
    /** Where the participant sits now; null when not seated. */
    tableId: text('table_id').references(() => cafeTables.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('participants_token_hash').on(t.tokenHash), index('participants_session').on(t.sessionId), index('participants_table').on(t.tableId)],
);

/** Append-only log: one row per change of a session, numbered without gaps per session. */
export const sessionEvents = sqliteTable(
  'session_events',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: text('payload', { mode: 'json' }).notNull(),
    at: integer('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.seq] })],
);

/** Idempotency: the result of every acknowledged command, keyed by who sent it and its client id. */
export const commandReceipts = sqliteTable(
  'command_receipts',
  {
    actor: text('actor').notNull(),
    commandId: text('command_id').notNull(),
    result: text('result', { mode: 'json' }).notNull(),
    /** A hash of the command's event and payload: the same id with another payload is a conflict, not a replay (null: stored before it was kept). */
    fingerprint: text('fingerprint'),
    at: integer('at')
      .notNull()
      .default(sql`(unixepoch() * 1000)`),
  },
  (t) => [primaryKey({ columns: [t.actor, t.commandId] })],
);

/**
 * A phone asking to join while the doors wait for the organiser's approval, one per device and
 * session. Approved, it holds the participant made for it until that phone comes back for its token.
 */
export const joinRequests = sqliteTable(
  'join_requests',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The device id of the phone's handshake (or its connection, without one). */
    device: text('device').notNull(),
    /** The join command that asked, and its fingerprint (a replay with another payload is a conflict). */
    commandId: text('command_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    displayName: text('display_name').notNull(),
    groupLabel: text('group_label'),
    requestedAt: integer('requested_at').notNull(),
    status: text('status', { enum: ['waiting', 'approved'] })
      .notNull()
      .default('waiting'),
    /** Once approved: the participant made for this phone. */
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('join_requests_device').on(t.sessionId, t.device), index('join_requests_session').on(t.sessionId, t.status)],
);

/** Individual notes (post-its). The id is the client's: a retried write is stored once. */
export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    roundIndex: integer('round_index').notNull(),
    tableId: text('table_id')
      .notNull()
      .references(() => cafeTables.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('notes_table_round').on(t.tableId, t.roundIndex),
    index('notes_author').on(t.authorId),
    index('notes_session_round').on(t.sessionId, t.roundIndex),
  ],
);

/** A table's consolidated ideas for a round: what later rounds, the plenary and the exports use. */
export const ideas = sqliteTable(
  'ideas',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    roundIndex: integer('round_index').notNull(),
    tableId: text('table_id')
      .notNull()
      .references(() => cafeTables.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('ideas_table_round').on(t.tableId, t.roundIndex), index('ideas_session_round').on(t.sessionId, t.roundIndex)],
);

/** Lineage: the notes an idea was merged from. */
export const ideaSources = sqliteTable(
  'idea_sources',
  {
    ideaId: text('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    noteId: text('note_id').notNull(),
    authorId: text('author_id'),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.noteId] })],
);

/** +1 on a shared note or a consolidated idea, once per participant. */
export const reactions = sqliteTable(
  'reactions',
  {
    targetId: text('target_id').notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tableId: text('table_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.participantId] }), index('reactions_table').on(t.tableId), index('reactions_participant').on(t.participantId)],
);

/** The tour de table of one table in one round: the speaking order, one row per person. */
export const speakingTurns = sqliteTable(
  'speaking_turns',
  {
    tableId: text('table_id')
      .notNull()
      .references(() => cafeTables.id, { onDelete: 'cascade' }),
    roundIndex: integer('round_index').notNull(),
    position: integer('position').notNull(),
    participantId: text('participant_id').notNull(),
    status: text('status', { enum: ['waiting', 'speaking', 'done'] }).notNull(),
    skipped: integer('skipped', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.roundIndex, t.position] })],
);

/** Per table and round: the speaking slot and when the current speaker started. */
export const tableRounds = sqliteTable(
  'table_rounds',
  {
    tableId: text('table_id')
      .notNull()
      .references(() => cafeTables.id, { onDelete: 'cascade' }),
    roundIndex: integer('round_index').notNull(),
    slotMs: integer('slot_ms').notNull(),
    speakerStartedAt: integer('speaker_started_at'),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.roundIndex] })],
);

/**
 * Who sits where in each round: `planned` by the rotation planner (future rounds, editable),
 * `applied` when the organiser sends everyone to their next table (check-in tracked), `seated` once
 * the round has started (the history the planner mixes against).
 */
export const roundSeats = sqliteTable(
  'round_seats',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    roundIndex: integer('round_index').notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    tableId: text('table_id')
      .notNull()
      .references(() => cafeTables.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['planned', 'applied', 'seated'] }).notNull(),
    checkedInAt: integer('checked_in_at'),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.roundIndex, t.participantId] }),
    index('round_seats_table').on(t.tableId, t.roundIndex),
    index('round_seats_participant').on(t.participantId, t.status),
  ],
);

/**
 * What a stage change leaves until just after its state is broadcast (decision 0020): `speaking`,
 * the tours de table of the sharing it entered; `seating`, the round's seating it started. A row
 * is written with the stage and removed by the transaction that does the work; a server stopped in
 * between does it when it starts again.
 */
export const stageWork = sqliteTable(
  'stage_work',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['speaking', 'seating'] }).notNull(),
    roundIndex: integer('round_index').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.kind, t.roundIndex] })],
);

/** The rotation preview the organiser is looking at: which rounds it plans and with which seed. */
export const rotationPlans = sqliteTable('rotation_plans', {
  sessionId: text('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  fromRound: integer('from_round').notNull(),
  seed: integer('seed').notNull(),
  maxMeetings: integer('max_meetings'),
  createdAt: integer('created_at').notNull(),
});

/**
 * The organiser's seating wishes: two people apart or together, or one person staying at a table.
 * `round_index` null: every round. The planner reads them; a removed participant or table removes them.
 */
export const seatingConstraints = sqliteTable(
  'seating_constraints',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['apart', 'together', 'stay'] }).notNull(),
    personA: text('person_a')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    /** The other person (apart, together); null for stay. */
    personB: text('person_b').references(() => participants.id, { onDelete: 'cascade' }),
    /** The table (stay); null otherwise. */
    tableId: text('table_id').references(() => cafeTables.id, { onDelete: 'cascade' }),
    roundIndex: integer('round_index'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('seating_constraints_session').on(t.sessionId)],
);

// ---------------------------------------------------------------- plenary (see docs/plenary.md)

const stepOn = (name: string, step: (typeof DEFAULT_PLENARY.steps)[number]) =>
  integer(name, { mode: 'boolean' }).notNull().default(DEFAULT_PLENARY.steps.includes(step));

/** The plenary's programme, one row per session (the draft's `plenary`); a column per field, defaults = DEFAULT_PLENARY. */
export const plenaryProgrammes = sqliteTable('plenary_programmes', {
  sessionId: text('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  restitution: stepOn('restitution', 'restitution'),
  workstreams: stepOn('workstreams', 'workstreams'),
  vote: stepOn('vote', 'vote'),
  assessment: stepOn('assessment', 'assessment'),
  actions: stepOn('actions', 'actions'),
  restitutionSlotMs: integer('restitution_slot_ms').notNull().default(DEFAULT_PLENARY.restitutionSlotMs),
  workstreamsMs: integer('workstreams_ms'),
  voteMs: integer('vote_ms'),
  assessmentMs: integer('assessment_ms'),
  actionsMs: integer('actions_ms'),
  dotsPerPerson: integer('dots_per_person').notNull().default(DEFAULT_PLENARY.dotsPerPerson),
  maxDotsPerItem: integer('max_dots_per_item').notNull().default(DEFAULT_PLENARY.maxDotsPerItem),
  voteOn: text('vote_on', { enum: VOTE_TARGETS }).notNull().default(DEFAULT_PLENARY.voteOn),
  ratedBy: text('rated_by', { enum: RATERS }).notNull().default(DEFAULT_PLENARY.ratedBy),
  shortlistSize: integer('shortlist_size').notNull().default(DEFAULT_PLENARY.shortlistSize),
});

/** The plenary's state beyond the stage, one row per session once the plenary has any (none: the defaults). */
export const plenaryStates = sqliteTable('plenary_states', {
  sessionId: text('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  /** The idea the presenting host is showing (highlighted on the projector). */
  presentedIdeaId: text('presented_idea_id').references(() => ideas.id, { onDelete: 'set null' }),
  voteStatus: text('vote_status', { enum: VOTE_STATUSES }).notNull().default('not-started'),
  /** The number of the last action code handed out (A-07: 7); codes are never reused, even after a deletion. */
  lastActionNumber: integer('last_action_number').notNull().default(0),
});

/** The organiser's workstreams ("chantiers"). */
export const workstreams = sqliteTable(
  'workstreams',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('workstreams_session').on(t.sessionId)],
);

/** Where an idea stands in the plenary: its workstream, and the idea it is "the same" as. No row: not placed. */
export const ideaPlacements = sqliteTable(
  'idea_placements',
  {
    ideaId: text('idea_id')
      .primaryKey()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    workstreamId: text('workstream_id').references(() => workstreams.id, { onDelete: 'set null' }),
    sameAsId: text('same_as_id').references(() => ideas.id, { onDelete: 'set null' }),
  },
  (t) => [index('idea_placements_session').on(t.sessionId), index('idea_placements_workstream').on(t.workstreamId)],
);

/**
 * The dot vote, per person and item (a workstream or an idea, after the programme's `voteOn`): a
 * retried or moved dot rewrites the same row.
 */
export const plenaryVotes = sqliteTable(
  'plenary_votes',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    dots: integer('dots').notNull(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.itemId] }), index('plenary_votes_session').on(t.sessionId)],
);

/** The items assessed on effort × gain, in order. */
export const shortlistItems = sqliteTable(
  'shortlist_items',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.itemId] })],
);

/** A participant's gain and effort (1–5) for a shortlisted item. */
export const itemRatings = sqliteTable(
  'item_ratings',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    gain: integer('gain').notNull(),
    effort: integer('effort').notNull(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.itemId] }), index('item_ratings_session').on(t.sessionId)],
);

/** The organiser's own gain and effort for an item (a separate table: the rater is nobody's participant row). */
export const organiserRatings = sqliteTable(
  'organiser_ratings',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    gain: integer('gain').notNull(),
    effort: integer('effort').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.itemId] })],
);

/** The organiser moved an item to another quadrant than its medians give. */
export const quadrantOverrides = sqliteTable(
  'quadrant_overrides',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    quadrant: text('quadrant', { enum: QUADRANTS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.itemId] })],
);

/** The action plan: one action per kept item, with its stable code. */
export const plenaryActions = sqliteTable(
  'plenary_actions',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    code: text('code').notNull(),
    owner: text('owner').notNull().default(''),
    deadline: text('deadline'),
    horizon: text('horizon', { enum: HORIZONS }),
    objective: text('objective').notNull().default(''),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('proposed'),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.itemId] }), uniqueIndex('plenary_actions_code').on(t.sessionId, t.code)],
);
