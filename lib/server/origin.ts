/**
 * Cross-site requests are refused: a browser page of another site may not open a socket (WebSocket
 * upgrade) or change state (HTTP POST). Requests without an Origin are not sent by a browser page.
 */
export function originAllowed(origin: string | null | undefined, allowedHosts: readonly (string | null | undefined)[]): boolean {
  if (!origin) return true;
  const host = hostOf(origin);
  return host !== null && allowedHosts.includes(host);
}

/** The host (name and port) of a URL, or null when it is not one. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
