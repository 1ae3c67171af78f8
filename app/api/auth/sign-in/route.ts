import { z } from 'zod';
import { ORGANISER_SESSION_MS, redeemSignInLinkKey, startOrganiserSession, verifyOrganiserPassword } from '@/lib/auth/organiser-auth';
import { SignInThrottle } from '@/lib/auth/sign-in-throttle';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { clientAddress, errorResponse, isSameOrigin, routeDb } from '@/lib/server/route-helpers';

const bodySchema = z.strictObject({ password: z.string().min(1).max(256) });

const globalForThrottle = globalThis as typeof globalThis & { __tourneeSignInThrottle?: SignInThrottle };
const throttle = (globalForThrottle.__tourneeSignInThrottle ??= new SignInThrottle());

/**
 * Organiser sign-in: a one-time key from `npm run sign-in-link`, or the password (throttled per
 * client and overall: 429 with Retry-After); sets the httpOnly sign-in cookie.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(403, 'forbidden', 'cross-site request refused');
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return errorResponse(400, 'invalid-payload', 'expected {"password": "..."}');
  const db = routeDb();
  const now = Date.now();
  const client = clientAddress(request);
  // A one-time key is unguessable and used up at once: it works even while the password is throttled.
  if (redeemSignInLinkKey(db, body.data.password, now)) {
    console.info(`[sign-in] signed in with a one-time link from ${client}`);
    return signedIn(request, startOrganiserSession(db, now));
  }
  const decision = throttle.begin(client, now);
  if (!decision.allowed) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    if (decision.firstRefusal) {
      console.warn(`[sign-in] throttled ${decision.scope === 'client' ? client : 'every client'}: too many wrong passwords, next try in ${seconds} s`);
    }
    return Response.json({ code: 'rate-limited', message: `too many tries: wait ${seconds} s` }, { status: 429, headers: { 'retry-after': String(seconds) } });
  }
  if (!(await verifyOrganiserPassword(db, body.data.password))) {
    console.warn(`[sign-in] wrong password from ${client} (${throttle.failures(client)} in a row)`);
    return errorResponse(401, 'unauthorised', 'wrong password');
  }
  throttle.succeeded(client);
  return signedIn(request, startOrganiserSession(db, Date.now()));
}

function signedIn(request: Request, token: string): Response {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return new Response(null, {
    status: 204,
    headers: {
      'set-cookie': `${ORGANISER_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ORGANISER_SESSION_MS / 1000}${secure}`,
    },
  });
}
