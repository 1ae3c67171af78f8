import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Env } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER } from './route-helpers';
import { newNonce, securityHeaders } from './security-headers';

type Limits = Pick<Env, 'HTTP_MAX_CONNECTIONS' | 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS'>;
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** True when every %-escape of the path decodes (Next answers 500 to `/join/%ff`). */
export function hasDecodablePath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function refuseMalformedPath(res: ServerResponse): void {
  res.statusCode = 400;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end('Bad request: the address is not valid (malformed %-encoding).\n');
}

/**
 * The one HTTP server: security headers on every response, malformed addresses refused with 400,
 * and limits that keep slow or half-open clients from starving the room — a headers and a
 * request timeout, and a cap on open connections. Socket.io attaches to it afterwards.
 */
export function createAppHttpServer(handle: Handler, limits: Limits, dev: boolean): Server {
  const server = createServer(
    {
      headersTimeout: limits.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: limits.HTTP_REQUEST_TIMEOUT_MS,
      // How often Node looks for connections past those timeouts (30 s by default, longer than a short timeout).
      connectionsCheckingInterval: Math.max(50, Math.min(limits.HTTP_HEADERS_TIMEOUT_MS / 4, 5000)),
    },
    (req, res) => {
      const headers = securityHeaders(newNonce(), dev);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (!hasDecodablePath(req.url)) {
        refuseMalformedPath(res);
        return;
      }
      // Next reads the nonce from the request's own policy header and puts it on its scripts.
      req.headers['content-security-policy'] = headers['Content-Security-Policy'];
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
      handle(req, res).catch((error: unknown) => {
        console.error('[http] request failed', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    },
  );
  server.maxConnections = limits.HTTP_MAX_CONNECTIONS;
  return server;
}
