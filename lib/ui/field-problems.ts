/** Validation issues (zod on the client, `issues` in a server ack) as one problem per form field. */
import { LIMITS } from '@/lib/realtime/contract';
import { plenaryProblem, type PlenaryProblem } from './plenary-form';

export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-few' }
  | { kind: 'too-many'; max: number }
  | { kind: 'duration' }
  | { kind: 'invalid' }
  /** A per-table head count outside its range (empty is allowed: no limit). */
  | { kind: 'per-table'; min: number; max: number }
  /** The maximum per table is below the minimum. */
  | { kind: 'max-below-min' }
  /** From the server, already worded. */
  | { kind: 'server'; message: string }
  /** A field of the plenary's programme (its own limits and rules). */
  | PlenaryProblem;

/** The fields of a zod 4 issue this module reads. */
export type IssueLike = { code: string; path: readonly PropertyKey[]; origin?: string; maximum?: number | bigint };

/** "rounds.0.question": the key a form field uses to find its problem. */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The id of a field's input, derived from its key (ids cannot hold dots in CSS selectors comfortably). */
export function fieldId(key: string): string {
  return `field-${key.replace(/\./g, '-')}`;
}

const PER_TABLE_FIELDS: readonly PropertyKey[] = ['minPerTable', 'maxPerTable'];

export function problemFromIssue(issue: IssueLike): FieldProblem {
  if (issue.path[0] === 'plenary') return plenaryProblem(issue.path.slice(1), issue.code);
  const last = issue.path[issue.path.length - 1];
  if (typeof last === 'string' && last.endsWith('Ms')) return { kind: 'duration' };
  if (issue.path.length === 1 && last !== undefined && PER_TABLE_FIELDS.includes(last)) {
    return issue.code === 'custom' ? { kind: 'max-below-min' } : { kind: 'per-table', min: LIMITS.perTableMin, max: LIMITS.perTableMax };
  }
  const max = typeof issue.maximum === 'bigint' ? Number(issue.maximum) : (issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? { kind: 'too-few' } : { kind: 'required' };
    case 'too_big':
      return issue.origin === 'array' ? { kind: 'too-many', max } : { kind: 'too-long', max };
    default:
      return { kind: 'invalid' };
  }
}

/** The first problem of each field. */
export function problemsByField(issues: readonly IssueLike[]): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    problems[key] ??= problemFromIssue(issue);
  }
  return problems;
}

/** Server-side issues (`invalid-payload` acks): their paths are relative to the payload, which wraps the draft. */
export function problemsFromServer(issues: readonly { path: (string | number)[]; message: string }[]): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'draft' ? issue.path.slice(1) : issue.path;
    problems[fieldKey(path)] ??= { kind: 'server', message: issue.message };
  }
  return problems;
}
