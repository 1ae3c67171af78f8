/**
 * The document model every export renders (DOCX, XLSX, CSV, Markdown, SVG): built once from a café
 * record by `buildDeliverable`. Plain data; no person's name in it when the session is anonymous.
 * Dates are the café's local wall-clock time: `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm`.
 */
import type { RatingSummary } from '@/lib/domain/plenary/assessment';
import type { ActionStatus, Horizon, Quadrant, VoteTarget } from '@/lib/domain/plenary/plenary-types';
import type { TableColour } from '@/lib/realtime/contract';
import type { Language } from '@/lib/i18n/locales';

export type TableRef = { id: string; number: number; name: string; colour: TableColour };

/** The vote's result for one item; null where nothing was voted on this kind of item. */
export type VoteResult = { dots: number; voters: number; rank: number; tied: boolean };

/** Gain and effort of an assessed item, and where it lands. */
export type Assessment = {
  gain: RatingSummary | null;
  effort: RatingSummary | null;
  quadrant: Quadrant | null;
  /** The organiser placed it in another quadrant than its medians give. */
  overridden: boolean;
};

/** An idea merged into another ("the same"): its own words and origin. */
export type IdeaVariant = { ref: string; text: string; round: number; table: TableRef };

/** A consolidated idea as the synthesis shows it (an idea others were marked "the same" as carries them). */
export type IdeaEntry = {
  id: string;
  /** Q<question>-T<table>-<order>, e.g. Q2-T5-3: stable and says where it comes from. */
  ref: string;
  text: string;
  round: number;
  /** Its table first, then the tables of the ideas marked "the same" as it. */
  tables: TableRef[];
  variants: IdeaVariant[];
  sourceNotes: number;
  plusOnes: number;
  /** When the vote was on ideas. */
  vote: VoteResult | null;
};

/** The ideas of one question, in one workstream (null: ideas in no workstream, or a café without workstreams). */
export type IdeaGroup = { workstream: { id: string; name: string; vote: VoteResult | null } | null; ideas: IdeaEntry[] };

export type QuestionSection = {
  /** 0-based, as stored. */
  round: number;
  /** 1-based, as people say it. */
  number: number;
  question: string;
  durationMs: number;
  groups: IdeaGroup[];
  ideaCount: number;
  noteCount: number;
};

export type WorkstreamEntry = {
  id: string;
  name: string;
  ref: string;
  ideas: number;
  tables: TableRef[];
  plusOnes: number;
  /** Dots on the workstream, or on its ideas when the vote was on ideas; null: no vote was held. */
  vote: VoteResult | null;
};

/** A point of the effort × gain matrix. */
export type MatrixPoint = Assessment & {
  /** 1-based number drawn in the picture and repeated in the legend. */
  number: number;
  itemId: string;
  ref: string;
  label: string;
  quadrant: Quadrant;
  shortlisted: boolean;
};

export type ActionEntry = {
  code: string;
  itemId: string;
  ref: string;
  item: string;
  workstream: string | null;
  owner: string;
  deadline: string | null;
  horizon: Horizon | null;
  objective: string;
  status: ActionStatus;
};

export type BacklogRow = {
  ref: string;
  kind: 'idea' | 'workstream';
  itemId: string;
  /** Codes of the item's actions, in roadmap order (usually one). */
  codes: string[];
  workstream: string | null;
  questions: { number: number; text: string }[];
  tables: TableRef[];
  /** The idea, then the ideas marked "the same" as it; a workstream item: its ideas. */
  texts: string[];
  sourceNotes: { count: number; texts: string[] };
  plusOnes: number;
  vote: VoteResult | null;
  assessment: Assessment;
  owners: string[];
  deadlines: string[];
  horizons: Horizon[];
  objectives: string[];
  statuses: ActionStatus[];
};

export type NoteRow = {
  id: string;
  round: number;
  question: number;
  table: TableRef;
  /** Null in an anonymous session. */
  author: string | null;
  text: string;
  plusOnes: number;
  /** Refs of the ideas this note went into. */
  ideas: string[];
  createdAt: string;
};

export type Participation = {
  people: number;
  tables: number;
  rounds: number;
  notes: number;
  ideas: number;
  plusOnes: number;
  voters: number;
  raters: number;
  perRound: { round: number; number: number; people: number; notes: number; ideas: number }[];
};

/** What every export renders. */
export type Deliverable = {
  language: Language;
  anonymous: boolean;
  title: string;
  purpose: string;
  /** The café's day (started, else created), local; null for a template. */
  date: string | null;
  startedAt: string | null;
  closedAt: string | null;
  /** What the plenary voted on and rated. */
  itemKind: VoteTarget;
  /** Whether a vote took place (any dots, or the vote was opened). */
  voted: boolean;
  tables: (TableRef & { host: string | null })[];
  questions: QuestionSection[];
  workstreams: WorkstreamEntry[];
  matrix: MatrixPoint[];
  actions: ActionEntry[];
  participation: Participation;
  backlog: BacklogRow[];
  notes: NoteRow[];
};
