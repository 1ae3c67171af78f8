/** A URL path segment or cookie value, percent-decoded; a malformed escape (`%E0%A4%A`) is taken literally. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
