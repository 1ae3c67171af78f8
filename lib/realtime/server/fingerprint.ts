import { createHash } from 'node:crypto';

/** JSON with every object's keys in order, so that the same payload always reads the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a command was: its event and its validated payload without the commandId. Stored with its
 * receipt, so that the same commandId sent with another payload (or for another command) is
 * answered `conflict` instead of replaying a result that answers something else.
 */
export function commandFingerprint(event: string, input: unknown): string {
  const payload = typeof input === 'object' && input !== null ? Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'commandId')) : input;
  return createHash('sha256').update(event).update('\0').update(canonicalJson(payload)).digest('base64url');
}
