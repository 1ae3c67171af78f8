/**
 * The realtime contract shared by the server and every client: protocol version, event names,
 * payload schemas (zod, validated on the server) and the types inferred from them.
 * Documented for other clients in docs/protocol.md.
 */
import { z } from 'zod';
import type { LiveState } from '../domain/session-machine';
import { MACHINE_ERROR_CODES } from '../domain/session-machine';

export type { LiveState, Phase, Stage, Timer } from '../domain/session-machine';

/** Bumped on any incompatible change; checked at the handshake. */
export const PROTOCOL_VERSION = 1;

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
} as const;

export const DEFAULT_PHASE_MS = { reflectionMs: 3 * 60_000, sharingMs: 10 * 60_000, consolidationMs: 7 * 60_000 } as const;

/** Table colours: names, so that phones and the projector can say "table 5 — green". */
export const TABLE_COLOURS = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'brown', 'grey'] as const;
export type TableColour = (typeof TABLE_COLOURS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// ---------------------------------------------------------------- error codes

export const ERROR_CODES = [
  'bad-protocol',
  'unauthorised',
  'forbidden',
  'invalid-payload',
  'not-found',
  'session-started',
  'rate-limited',
  'internal',
  ...MACHINE_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every command is acknowledged with one of these. */
export type FieldIssue = { path: (string | number)[]; message: string };

export type Ack<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; code: ErrorCode; message: string; /** With `invalid-payload`: which fields. */ issues?: FieldIssue[] };

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
  /** Projector: the session's view key. */
  screenKey: z.string().max(64).optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

export type Role = 'organiser' | 'participant' | 'guest' | 'screen';

// ---------------------------------------------------------------- session config

const text = (max: number) => z.string().trim().max(max);
const commandId = z.string().min(8).max(64);

export const roundDraftSchema = z.strictObject({
  question: text(LIMITS.questionMax).min(1),
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

/** What the organiser prepares; editable until the session starts. */
export const sessionDraftSchema = z.strictObject({
  title: text(LIMITS.titleMax).min(1),
  purpose: text(LIMITS.purposeMax),
  language: z.enum(LANGUAGES),
  anonymous: z.boolean(),
  autoAdvance: z.boolean(),
  rounds: z.array(roundDraftSchema).min(1).max(LIMITS.roundsMax),
  tables: z.array(tableDraftSchema).min(1).max(LIMITS.tablesMax),
});
export type SessionDraft = z.infer<typeof sessionDraftSchema>;

export type SessionConfig = SessionDraft & { id: string; code: string };

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

export type ParticipantView = { id: string; displayName: string; groupLabel: string | null; joinedAt: number };

/** Sent on every (re)connect and on `session:sync`: everything this role may see, now. */
export type Snapshot = {
  role: Role;
  protocol: number;
  /** Server clock (ms since epoch) when the snapshot was made. */
  serverTime: number;
  /** The session's sequence number: every later broadcast carries the next one. */
  seq: number;
  session: SessionConfig;
  live: LiveState;
  /** The URL phones open (also encoded in the join QR). */
  joinUrl: string;
  participantCount: number;
  /** Organiser only. */
  participants?: ParticipantView[];
  /** Organiser only: the projector's view link. */
  screenUrl?: string;
  /** Participant only. */
  me?: ParticipantView;
};

export type StateBroadcast = { seq: number; live: LiveState; serverTime: number };
export type JoinedBroadcast = { seq: number; participant: ParticipantView; participantCount: number };
export type CountBroadcast = { seq: number; participantCount: number };
export type ConfigBroadcast = { seq: number; session: SessionConfig };
export type DeletedBroadcast = { seq: number };

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

/** Event names, `entity:verb`. */
export const EVENTS = {
  // server → client
  snapshot: 'session:snapshot',
  state: 'session:state',
  updated: 'session:updated',
  deleted: 'session:deleted',
  joined: 'lobby:joined',
  count: 'lobby:count',
  // client → server
  sync: 'session:sync',
  list: 'session:list',
  create: 'session:create',
  update: 'session:update',
  duplicate: 'session:duplicate',
  remove: 'session:delete',
  control: 'session:control',
  join: 'participant:join',
  ping: 'time:ping',
} as const;

export interface ServerToClientEvents {
  'session:snapshot': (snapshot: Snapshot) => void;
  'session:state': (message: StateBroadcast) => void;
  'session:updated': (message: ConfigBroadcast) => void;
  'session:deleted': (message: DeletedBroadcast) => void;
  'lobby:joined': (message: JoinedBroadcast) => void;
  'lobby:count': (message: CountBroadcast) => void;
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
  'participant:join': Command<z.input<typeof joinSchema>, { participantToken: string; participantId: string }>;
  'time:ping': Command<z.input<typeof pingSchema>, { clientTime: number; serverTime: number }>;
}

/** Names of the sign-in cookie and of the phone's local storage keys. */
export const ORGANISER_COOKIE = 'tournee_organiser';
export const participantTokenKey = (joinCode: string) => `tournee:participant:${joinCode}`;
