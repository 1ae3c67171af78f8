/**
 * The deliverables' addresses as the pages link to them. Paths, never the public URL's host: the
 * organiser's console may run on `localhost` while phones use the LAN address, and the sign-in cookie
 * belongs to the host the browser is on. The time zone is the browser's, so that dates in the files
 * are the room's.
 */

/** What a synthesis address (`/synthesis/<session id>/<key>`, absolute or not) leads to. */
export type SynthesisLinks = {
  /** The participants' page. */
  page: string;
  /** The print-ready page. */
  print: string;
  /** The page's data (JSON). */
  data: string;
  /** A participant's download. */
  file(format: 'docx' | 'md'): string;
};

const PATH = /^\/synthesis\/([^/?#]+)\/([A-Za-z0-9_-]+)\/?$/;

export function synthesisLinks(url: string): SynthesisLinks | null {
  let path: string;
  try {
    path = new URL(url, 'http://local').pathname;
  } catch {
    return null;
  }
  const match = PATH.exec(path);
  if (!match) return null;
  const [, id, key] = match;
  const page = `/synthesis/${id}/${key}`;
  const api = `/api/sessions/${id}/synthesis/${key}`;
  return { page, print: `${page}/print`, data: api, file: (format) => `${api}/${format}` };
}

/** The organiser's download of `file` (a format, or `template`). */
export function organiserFileHref(sessionId: string, file: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/exports/${file}`;
}

/** `href` with the café's time zone (`?tz=`), when the browser knows it. */
export function withTimeZone(href: string, timeZone: string | undefined): string {
  return timeZone ? `${href}${href.includes('?') ? '&' : '?'}tz=${encodeURIComponent(timeZone)}` : href;
}
