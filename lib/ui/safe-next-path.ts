/** A `?next=` target is followed only when it is a path on this site (not `//evil.example`): no open redirect. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
