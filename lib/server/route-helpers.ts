import { getSharedDb, type Db } from '@/db/client';
import { databasePath, parseEnv } from '@/lib/env';
import type { ErrorCode } from '@/lib/realtime/contract';
import { originAllowed } from './origin';

/** The process-wide database, for route handlers (the custom server opened and migrated it). */
export function routeDb(): Db {
  return getSharedDb(databasePath(parseEnv()));
}

/** The request header through which route handlers learn the client's address (set by the custom server; a client's own value is replaced). */
export const CLIENT_ADDRESS_HEADER = 'x-tournee-client-address';

/** The address of the client that sent the request, as the custom server saw it. */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}

/** State-changing routes refuse requests sent by another site's page (CSRF). */
export function isSameOrigin(request: Request): boolean {
  return originAllowed(request.headers.get('origin'), [request.headers.get('host')]);
}

export function errorResponse(status: number, code: ErrorCode, message: string): Response {
  return Response.json({ code, message }, { status });
}
