import type { ErrorCode, FieldIssue, TableRef } from '@/lib/realtime/contract';

/** A refusal with a known code: rolls back the transaction and is sent back in the ack. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly issues?: FieldIssue[],
    readonly expected?: TableRef,
    /** With `rate-limited`: how long until a try may succeed. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
