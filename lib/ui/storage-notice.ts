/** What the console says about the server's storage, from `/api/health`'s answer (docs/security.md, "Disk full"). */
export type StorageNotice = 'full' | 'database-down' | null;

/**
 * The banner to show for a health answer: `full` while writes fail for lack of space, `database-down`
 * when the database does not answer; nothing when all is well or the answer cannot be read (a
 * dropped connection is the connection banner's business, not this one's).
 */
export function storageNotice(body: unknown): StorageNotice {
  if (typeof body !== 'object' || body === null) return null;
  const { status, storage, database } = body as Record<string, unknown>;
  if (storage === 'full') return 'full';
  if (status === 'error' && database === 'unavailable') return 'database-down';
  return null;
}
