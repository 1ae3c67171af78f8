/**
 * The JSON archive of a café: `exportCafeArchive` writes a record, `parseCafeArchive` reads one back
 * (or a template), refusing what is too big, too deep, of another format or version, or invalid,
 * with a code and messages naming the path.
 */
import { CAFE_FORMAT, CAFE_FORMAT_VERSION, cafeRecordSchema, type CafeRecord } from './cafe-record';

/** The largest archive read, in UTF-16 code units of the text (about as many bytes for mostly-Latin text). */
export const ARCHIVE_MAX_CHARS = 64 * 1024 * 1024;
/** The deepest nesting of objects and arrays read (a record nests 5 levels). */
export const ARCHIVE_MAX_DEPTH = 16;
/** The archive's media type and file extension. */
export const ARCHIVE_MEDIA_TYPE = 'application/json';

export type ArchiveErrorCode = 'too-big' | 'too-deep' | 'not-json' | 'wrong-format' | 'wrong-version' | 'invalid';

export type ArchiveIssue = { path: (string | number)[]; message: string };

export type ArchiveResult = { ok: true; record: CafeRecord } | { ok: false; code: ArchiveErrorCode; message: string; issues: ArchiveIssue[] };

/** The archive of a café (or template): the record, validated (an invalid record throws), as indented JSON. */
export function exportCafeArchive(record: CafeRecord): string {
  // Parsing rebuilds every object in the schema's key order: the same record always gives the same text.
  return `${JSON.stringify(cafeRecordSchema.parse(record), null, 1)}\n`;
}

/** "notes[12].tableId" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The deepest nesting of `[` and `{` outside strings, stopping as soon as it passes `limit`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

function refuse(code: ArchiveErrorCode, message: string, issues: ArchiveIssue[] = []): ArchiveResult {
  return { ok: false, code, message, issues };
}

/** Reads a café archive or template from its text. */
export function parseCafeArchive(text: string): ArchiveResult {
  if (text.length > ARCHIVE_MAX_CHARS) {
    return refuse('too-big', `The file is too big (${Math.ceil(text.length / 1024 / 1024)} MB; at most ${ARCHIVE_MAX_CHARS / 1024 / 1024} MB).`);
  }
  // JSON.parse recurses: a hostile file nested thousands deep would exhaust the stack, so count first.
  if (nestingDepth(text, ARCHIVE_MAX_DEPTH) > ARCHIVE_MAX_DEPTH) {
    return refuse('too-deep', `The file nests objects or lists more than ${ARCHIVE_MAX_DEPTH} levels deep: it is not a Tournée archive.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return refuse('not-json', `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Reflect.get(data, 'format') !== CAFE_FORMAT) {
    return refuse('wrong-format', `The file is not a Tournée café archive (expected "format": "${CAFE_FORMAT}").`);
  }
  const version: unknown = Reflect.get(data, 'version');
  if (version !== CAFE_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > CAFE_FORMAT_VERSION;
    return refuse(
      'wrong-version',
      newer
        ? `The archive was made by a newer Tournée (format version ${version}); this one reads version ${CAFE_FORMAT_VERSION}. Update Tournée to read it.`
        : `Unknown archive version ${JSON.stringify(version)}; this Tournée reads version ${CAFE_FORMAT_VERSION}.`,
    );
  }
  const parsed = cafeRecordSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 50)
      .map((issue) => ({ path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: issue.message }));
    const shown = issues
      .slice(0, 5)
      .map((issue) => `${formatPath(issue.path) || '(the file)'}: ${issue.message}`)
      .join('; ');
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    return refuse('invalid', `The archive is not valid: ${shown}${more}.`, issues);
  }
  return { ok: true, record: parsed.data };
}
