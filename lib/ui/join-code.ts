/** What a person typed as a join code: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Letters and digits only, 4 to 16 of them (the handshake accepts up to 16). */
export function isPlausibleJoinCode(code: string): boolean {
  return /^[A-Z0-9]{4,16}$/.test(code);
}

/** A `?next=` target is followed only when it is a path on this site (not `//evil.example`). */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
