/**
 * The action plan: a stable code per kept item (A-01, A-02, …, never reused within a session),
 * an owner, a deadline or a horizon, a measurable objective, a status and the roadmap order. Pure.
 */
import { ACTION_STATUSES, HORIZONS, type ActionStatus, type Horizon, type PlenaryRecords } from './plenary-types';

export type Action = PlenaryRecords['actions'][number];

export const ACTION_OWNER_MAX = 120;
export const ACTION_OBJECTIVE_MAX = 500;

export const ACTION_ERROR_CODES = ['unknown-item', 'bad-deadline', 'bad-horizon', 'deadline-and-horizon', 'bad-status', 'too-long', 'conflict'] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/** The code of the n-th action: A-01 … A-99, then A-100. */
export function actionCode(n: number): string {
  return `A-${String(n).padStart(2, '0')}`;
}

/** The number in a code (A-07 → 7), or null. */
export function actionNumber(code: string): number | null {
  const match = /^A-(\d{2,})$/.exec(code);
  return match ? Number(match[1]) : null;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written YYYY-MM-DD (2025-02-29 is not; 2024-02-29 is). */
export function isValidDeadline(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= days;
}

/** What the organiser edits on an action (the code and the position are the rules'). */
export type ActionFields = { owner: string; deadline: string | null; horizon: string | null; objective: string; status: string };

const isHorizon = (value: string): value is Horizon => (HORIZONS as readonly string[]).includes(value);
const isStatus = (value: string): value is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(value);

/**
 * An action's fields, cleaned (trimmed) and checked. A deadline or a horizon, not both: a date
 * already says when.
 */
export function checkActionFields(
  fields: ActionFields,
): { ok: true; fields: Pick<Action, 'owner' | 'deadline' | 'horizon' | 'objective' | 'status'> } | { ok: false; code: ActionErrorCode } {
  const owner = fields.owner.trim();
  const objective = fields.objective.trim();
  if (owner.length > ACTION_OWNER_MAX || objective.length > ACTION_OBJECTIVE_MAX) return { ok: false, code: 'too-long' };
  if (fields.deadline !== null && !isValidDeadline(fields.deadline)) return { ok: false, code: 'bad-deadline' };
  if (fields.horizon !== null && !isHorizon(fields.horizon)) return { ok: false, code: 'bad-horizon' };
  if (fields.deadline !== null && fields.horizon !== null) return { ok: false, code: 'deadline-and-horizon' };
  if (!isStatus(fields.status)) return { ok: false, code: 'bad-status' };
  const horizon = fields.horizon !== null && isHorizon(fields.horizon) ? fields.horizon : null;
  return { ok: true, fields: { owner, deadline: fields.deadline, horizon, objective, status: fields.status } };
}

/**
 * The action of an item after an edit: an item already in the plan keeps its code and place; a new
 * one takes the next code (`lastNumber` + 1, the session's counter, which never goes back) and goes
 * to the end of the roadmap.
 */
export function upsertAction(
  actions: readonly Action[],
  knownItemIds: readonly string[],
  lastNumber: number,
  itemId: string,
  fields: ActionFields,
): { ok: true; action: Action; lastNumber: number } | { ok: false; code: ActionErrorCode } {
  if (!knownItemIds.includes(itemId)) return { ok: false, code: 'unknown-item' };
  const checked = checkActionFields(fields);
  if (!checked.ok) return checked;
  const existing = actions.find((a) => a.itemId === itemId);
  if (existing) return { ok: true, action: { ...existing, ...checked.fields }, lastNumber };
  const next = nextActionNumber(actions, lastNumber);
  const position = Math.max(-1, ...actions.map((a) => a.position)) + 1;
  return { ok: true, action: { itemId, code: actionCode(next), position, ...checked.fields }, lastNumber: next };
}

/** The number of the next new action: after the counter, and after any code in use (an imported plan can be ahead of the counter). */
export function nextActionNumber(actions: readonly Pick<Action, 'code'>[], lastNumber: number): number {
  return Math.max(lastNumber, ...actions.map((a) => actionNumber(a.code) ?? 0)) + 1;
}

/** The roadmap: by position, then by code. */
export function roadmap(actions: readonly Action[]): Action[] {
  return [...actions].sort((a, b) => a.position - b.position || (actionNumber(a.code) ?? 0) - (actionNumber(b.code) ?? 0));
}

/** The new roadmap order from the full list of codes; `conflict` when the list is not exactly the plan's. */
export function reorderActions(actions: readonly Action[], codes: readonly string[]): { ok: true; actions: Action[] } | { ok: false; code: ActionErrorCode } {
  const known = new Set(actions.map((a) => a.code));
  if (codes.length !== known.size || new Set(codes).size !== codes.length || codes.some((c) => !known.has(c))) return { ok: false, code: 'conflict' };
  return { ok: true, actions: codes.map((code, position) => ({ ...actions.find((a) => a.code === code)!, position })) };
}
