/**
 * A light French stemmer, after the Snowball "french" suffixes and Savoy's light stemmer, reduced
 * to what ties the forms of a word together in short texts: plurals, feminines, participles and
 * infinitives, common derivational suffixes. "formation", "formations", "former", "formés" → form;
 * "réunion", "réunions" → réun. Accents are kept (they are stripped after stemming). Pure.
 */

/** Derivational suffixes, longest first, each with the shortest stem it may leave. */
const DERIVATIONAL: [string, number][] = [
  ['issements', 4],
  ['issement', 4],
  ['atrices', 3],
  ['ateurs', 3],
  ['ations', 3],
  ['atrice', 3],
  ['ateur', 3],
  ['ation', 3],
  ['ements', 3],
  ['ement', 3],
  ['ments', 4],
  ['ment', 4],
  ['ités', 3],
  ['ité', 3],
  ['iques', 3],
  ['ique', 3],
  ['ismes', 3],
  ['isme', 3],
  ['istes', 3],
  ['iste', 3],
  ['ables', 3],
  ['able', 3],
  ['ibles', 3],
  ['ible', 3],
  ['euses', 3],
  ['euse', 3],
  ['eurs', 3],
  ['eur', 3],
  ['eux', 3],
  ['ances', 3],
  ['ance', 3],
  ['ences', 3],
  ['ence', 3],
  ['ions', 4],
  ['ion', 4],
  ['ages', 4],
  ['age', 4],
  ['ives', 4],
  ['ive', 4],
  ['ifs', 4],
  ['if', 4],
  ['elles', 4],
  ['elle', 4],
  ['els', 4],
  ['el', 4],
];

/** Verb endings (infinitive, participles, a few tenses), longest first. */
const VERBAL: [string, number][] = [
  ['eraient', 3],
  ['erions', 3],
  ['erait', 3],
  ['erons', 3],
  ['eront', 3],
  ['antes', 4],
  ['ante', 4],
  ['ants', 4],
  ['ant', 4],
  ['ées', 3],
  ['ée', 3],
  ['és', 3],
  ['er', 3],
  ['ez', 3],
  ['é', 3],
  ['ir', 4],
];

function strip(word: string, suffixes: readonly [string, number][]): string | null {
  for (const [suffix, minStem] of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return word.slice(0, -suffix.length);
  }
  return null;
}

function plural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('eaux')) return word.slice(0, -1);
  if (word.endsWith('aux') && word.length > 5) return `${word.slice(0, -3)}al`;
  if (word.endsWith('x')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function stemFrench(word: string): string {
  const singular = plural(word);
  let stem = strip(singular, DERIVATIONAL) ?? strip(singular, VERBAL) ?? singular;
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
