/**
 * Spreadsheet formula injection guard: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is read as a formula by Excel, LibreOffice or Sheets when the file is opened or re-imported,
 * so such text gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The text, made inert if a spreadsheet could take it for a formula. */
export function neutralise(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]!) ? `'${text}` : text;
}
