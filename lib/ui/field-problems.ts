/** Validation issues (zod on the client, `issues` in a server ack) as one problem per form field. */

export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-few' }
  | { kind: 'too-many'; max: number }
  | { kind: 'duration' }
  | { kind: 'invalid' }
  /** From the server, already worded. */
  | { kind: 'server'; message: string };

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

export function problemFromIssue(issue: IssueLike): FieldProblem {
  const last = issue.path[issue.path.length - 1];
  if (typeof last === 'string' && last.endsWith('Ms')) return { kind: 'duration' };
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
