import { z } from 'zod';
import { ORGANISER_SESSION_MS, startOrganiserSession, verifyOrganiserPassword } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { errorResponse, isSameOrigin, routeDb } from '@/lib/server/route-helpers';

const bodySchema = z.strictObject({ password: z.string().min(1).max(256) });

/** Organiser sign-in: checks the credential and sets the httpOnly sign-in cookie. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(403, 'forbidden', 'cross-site request refused');
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return errorResponse(400, 'invalid-payload', 'expected {"password": "..."}');
  const db = routeDb();
  if (!verifyOrganiserPassword(db, body.data.password)) return errorResponse(401, 'unauthorised', 'wrong password');
  const token = startOrganiserSession(db, Date.now());
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return new Response(null, {
    status: 204,
    headers: {
      'set-cookie': `${ORGANISER_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ORGANISER_SESSION_MS / 1000}${secure}`,
    },
  });
}
