import { endOrganiserSession, readCookie } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { errorResponse, isSameOrigin, routeDb } from '@/lib/server/route-helpers';

/** Ends this browser's organiser sign-in. */
export function POST(request: Request): Response {
  if (!isSameOrigin(request)) return errorResponse(403, 'forbidden', 'cross-site request refused');
  const token = readCookie(request.headers.get('cookie') ?? undefined, ORGANISER_COOKIE);
  if (token) endOrganiserSession(routeDb(), token);
  return new Response(null, { status: 204, headers: { 'set-cookie': `${ORGANISER_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` } });
}
