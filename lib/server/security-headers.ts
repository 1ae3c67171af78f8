import { randomBytes } from 'node:crypto';

/** A fresh CSP nonce (128 bits), one per response: Next puts it on every script tag it renders. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy of every response. Scripts run only with this response's nonce
 * (Next reads it from the request's own `content-security-policy` header and stamps its scripts);
 * `'strict-dynamic'` lets those scripts load the app's chunks. Everything else comes from this
 * server only — the venue network may have no internet, and nothing may leak to another site.
 * Styles allow inline: React renders `style` attributes, which a nonce cannot cover, and text is
 * never rendered as HTML, so there is no markup to inject them into. No `upgrade-insecure-requests`:
 * a venue laptop serves plain http.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // Development only: React's dev tools evaluate code for call stacks and hot reload.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ');
}

/**
 * Powerful features nobody here needs: phones scan the QR codes with their own camera app, so no
 * page asks for the camera, the microphone or the location; no page may be shown full screen
 * except by itself (the projector).
 */
export const PERMISSIONS_POLICY = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'display-capture=()', 'fullscreen=(self)'].join(
  ', ',
);

/** The security headers of every response, pages, API routes, static files and errors alike. */
export function securityHeaders(nonce: string, dev: boolean) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, dev),
    // Projector and host keys travel in URLs: never tell another site which page sent the visitor.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // For browsers older than frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  } as const satisfies Record<string, string>;
}
