/**
 * Cleaning of the free text people type (names, labels, titles, questions, notes, ideas) before it
 * is validated and stored. The room reads it on phones and on the projector, so what cannot be
 * seen must not be stored: invisible characters that make two names look alike or a name look
 * blank, bidi controls that reverse the text around them, control characters, and "Zalgo" stacks
 * of combining marks that spill over neighbouring lines. Legitimate text survives: accents in any
 * script (NFC), Arabic and Hebrew (their direction comes from the letters, not from controls),
 * emoji sequences joined by ZWJ, and the joiners that Persian and Indic scripts need.
 */

/** Most combining marks kept after one base character (Hebrew with points and a cantillation mark or a Tibetan stack need 3–4; Zalgo needs dozens). */
export const MAX_COMBINING_MARKS = 4;

export type CleanTextOptions = {
  /** Keep line breaks (notes, ideas, questions, the purpose); otherwise they become spaces. */
  multiline?: boolean;
};

const ZWJ = '\u200D';

// A joiner is meaningful only between two things it can join: letters (Persian, Indic scripts)
// or emoji (👩‍💻). Anywhere else it is an invisible character.
const JOINER = /(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])([\u200C\u200D]+)(?=[\p{L}\p{Extended_Pictographic}])|[\u200C\u200D]+/gu;

// Variation selectors (FE0E text / FE0F emoji presentation) are kept once after a base character.
const VARIATION_SELECTOR = /(?<=[^\s\p{M}])([\uFE00-\uFE0F])[\uFE00-\uFE0F]*|[\uFE00-\uFE0F]+/gu;

// Default-ignorable code points render as nothing: zero-width spaces, word joiners, bidi marks,
// embeddings, overrides and isolates, soft hyphens, Hangul fillers, tag characters, variation
// selectors. Joiners and variation selectors are handled below and are spared here.
const INVISIBLE = /(?!\u200C|\u200D|[\uFE00-\uFE0F])[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

// Line and paragraph separators, and the Windows and old Mac line endings, are line breaks.
const LINE_BREAK = /\r\n|[\r\u2028\u2029\u0085]/gu;
// Control characters other than the line break; a tab is a space.
const CONTROL = /[\p{Cc}]/gu;
// Any other kind of space (no-break, em, ideographic, the blank Braille pattern used for "empty" names).
const ODD_SPACE = /[\p{Zs}\u2800]/gu;

const MARK_STACK = new RegExp(`(\\p{M}{${MAX_COMBINING_MARKS}})\\p{M}+`, 'gu');
// Marks with no base character (at the start, after a space) would draw on a dotted circle.
const BASELESS_MARKS = /(^|\s)\p{M}+/gu;

/** The text as it should be stored and shown; '' when nothing visible is left (callers refuse it). */
export function cleanText(input: string, options: CleanTextOptions = {}): string {
  let text = input.normalize('NFC').replace(LINE_BREAK, '\n');
  text = text.replace(INVISIBLE, '');
  text = text.replace(JOINER, (_run, kept?: string) => (kept === undefined ? '' : kept.includes(ZWJ) ? ZWJ : kept.charAt(0)));
  text = text.replace(VARIATION_SELECTOR, (_run, kept?: string) => kept ?? '');
  text = text.replace(/\t/g, ' ').replace(CONTROL, (c) => (c === '\n' ? c : ''));
  text = text.replace(ODD_SPACE, ' ');
  text = text.replace(BASELESS_MARKS, '$1').replace(MARK_STACK, '$1');
  if (!options.multiline) return text.replace(/\s+/g, ' ').trim();
  const lines = text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
