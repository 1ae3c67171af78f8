/**
 * The session builder's form state and its conversions to and from a SessionDraft.
 * Durations are edited in minutes as typed (strings); the draft carries milliseconds.
 */
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import type { Language } from '@/lib/i18n/locales';
import { DEFAULT_PHASE_MS, TABLE_COLOURS, type SessionDraft, type TableColour } from '@/lib/realtime/contract';
import { plenaryFormFrom, programmeFromForm, type PlenaryForm } from './plenary-form';

export const PHASE_FIELDS = ['reflectionMs', 'sharingMs', 'consolidationMs'] as const;
export type PhaseField = (typeof PHASE_FIELDS)[number];

export type RoundForm = { key: string; question: string } & Record<PhaseField, string>;
export type TableForm = { key: string; name: string; colour: TableColour };
export type SessionForm = {
  title: string;
  purpose: string;
  language: Language;
  anonymous: boolean;
  autoAdvance: boolean;
  rounds: RoundForm[];
  tables: TableForm[];
  /** The tour de table's slot: the sharing time split evenly, or a fixed number of minutes per person. */
  speakingTurn: 'split' | 'fixed';
  speakingMinutes: string;
  /** People per table, host included, as typed; empty: no limit. */
  minPerTable: string;
  maxPerTable: string;
  /** The plenary's programme, as typed (lib/ui/plenary-form). */
  plenary: PlenaryForm;
};

/** What the "fixed" speaking slot starts at when the organiser picks it. */
export const DEFAULT_SPEAKING_MINUTES = '2';

export const DEFAULT_TABLE_COUNT = 4;
const MS_PER_MINUTE = 60_000;

let lastKey = 0;
/** A React key for a new list item (never sent to the server). */
function newKey(): string {
  lastKey += 1;
  return `item-${lastKey}`;
}

export function msToMinutes(ms: number): string {
  return String(Math.round((ms / MS_PER_MINUTE) * 100) / 100);
}

/** "2.5" and "2,5" are 150 000 ms; anything else that is not a number gives NaN (and a validation error). */
export function minutesToMs(minutes: string): number {
  const trimmed = minutes.trim().replace(',', '.');
  if (trimmed === '') return Number.NaN;
  return Math.round(Number(trimmed) * MS_PER_MINUTE);
}

/** A head count as typed: empty is null (no limit); anything but digits gives NaN (and a validation error). */
export function countOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function newRound(): RoundForm {
  return {
    key: newKey(),
    question: '',
    reflectionMs: msToMinutes(DEFAULT_PHASE_MS.reflectionMs),
    sharingMs: msToMinutes(DEFAULT_PHASE_MS.sharingMs),
    consolidationMs: msToMinutes(DEFAULT_PHASE_MS.consolidationMs),
  };
}

/** Keeps the first `count` tables; new ones are "Table n" with the colours in turn. */
export function resizeTables(tables: readonly TableForm[], count: number): TableForm[] {
  const n = Math.max(0, Math.floor(count));
  const kept = tables.slice(0, n);
  for (let i = kept.length; i < n; i++) {
    kept.push({ key: newKey(), name: `Table ${i + 1}`, colour: TABLE_COLOURS[i % TABLE_COLOURS.length] ?? 'grey' });
  }
  return kept;
}

/** Moves the item at `index` by `delta` places; out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  const item = items[index];
  if (item === undefined || to < 0 || to >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  rest.splice(to, 0, item);
  return rest;
}

export function emptyForm(language: Language): SessionForm {
  return {
    title: '',
    purpose: '',
    language,
    anonymous: false,
    autoAdvance: false,
    rounds: [newRound()],
    tables: resizeTables([], DEFAULT_TABLE_COUNT),
    speakingTurn: 'split',
    speakingMinutes: DEFAULT_SPEAKING_MINUTES,
    minPerTable: '',
    maxPerTable: '',
    plenary: plenaryFormFrom(DEFAULT_PLENARY),
  };
}

export function formFromDraft(draft: SessionDraft): SessionForm {
  return {
    title: draft.title,
    purpose: draft.purpose,
    language: draft.language,
    anonymous: draft.anonymous,
    autoAdvance: draft.autoAdvance,
    rounds: draft.rounds.map((r) => ({
      key: newKey(),
      question: r.question,
      reflectionMs: msToMinutes(r.reflectionMs),
      sharingMs: msToMinutes(r.sharingMs),
      consolidationMs: msToMinutes(r.consolidationMs),
    })),
    tables: draft.tables.map((t) => ({ key: newKey(), name: t.name, colour: t.colour })),
    speakingTurn: draft.speakingTurnMs === null ? 'split' : 'fixed',
    speakingMinutes: draft.speakingTurnMs === null ? DEFAULT_SPEAKING_MINUTES : msToMinutes(draft.speakingTurnMs),
    minPerTable: draft.minPerTable === null ? '' : String(draft.minPerTable),
    maxPerTable: draft.maxPerTable === null ? '' : String(draft.maxPerTable),
    plenary: plenaryFormFrom(draft.plenary),
  };
}

/** The draft to validate and send (not yet validated: durations may be NaN). */
export function draftFromForm(form: SessionForm): SessionDraft {
  return {
    title: form.title,
    purpose: form.purpose,
    language: form.language,
    anonymous: form.anonymous,
    autoAdvance: form.autoAdvance,
    rounds: form.rounds.map((r) => ({
      question: r.question,
      reflectionMs: minutesToMs(r.reflectionMs),
      sharingMs: minutesToMs(r.sharingMs),
      consolidationMs: minutesToMs(r.consolidationMs),
    })),
    tables: form.tables.map((t) => ({ name: t.name, colour: t.colour })),
    speakingTurnMs: form.speakingTurn === 'fixed' ? minutesToMs(form.speakingMinutes) : null,
    minPerTable: countOrNull(form.minPerTable),
    maxPerTable: countOrNull(form.maxPerTable),
    plenary: programmeFromForm(form.plenary),
  };
}
