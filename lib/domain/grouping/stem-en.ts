/**
 * A light English stemmer, after Porter's steps 1–5 (Snowball "english"), reduced to what ties the
 * forms of a word together in short texts: plurals, -ed/-ing, common derivational suffixes, final
 * -e. "cycling", "cycle", "cycles" → cycl; "insulate", "insulation" → insulat. Pure.
 */

const VOWEL = /[aeiouy]/;
/** Suffix → replacement, longest first (Porter steps 2–4, simplified). */
const DERIVATIONAL: [string, string][] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['fulness', 'ful'],
  ['iveness', 'ive'],
  ['ousness', 'ous'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ators', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['ement', ''],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ful', ''],
  ['ity', ''],
  ['ly', ''],
];

const hasVowel = (stem: string) => VOWEL.test(stem);

function step1(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s') && word.length > 3 && hasVowel(word.slice(0, -2))) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 3 || !hasVowel(stem)) return word;
    // hopping → hop, but not fall → fal
    if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
    return stem;
  }
  return word;
}

function derivational(word: string): string {
  for (const [suffix, replacement] of DERIVATIONAL) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return stem.length >= 3 && hasVowel(stem) ? stem + replacement : word;
  }
  return word;
}

export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let stem = derivational(step1b(step1(word)));
  if (stem.endsWith('y') && stem.length > 3 && !VOWEL.test(stem.at(-2) ?? '')) stem = `${stem.slice(0, -1)}i`;
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
