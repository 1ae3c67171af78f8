import type { ErrorCode, FieldIssue } from '@/lib/realtime/contract';

/** A refusal with a known code: rolls back the transaction and is sent back in the ack. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly issues?: FieldIssue[],
    readonly expected?: { tableId: string; number: number },
    /** With `rate-limited`: how long until a try may succeed. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
