/**
 * Words of an idea: lower case, elisions and possessives cut off ("l’open space" → open, space;
 * "town's" → town), hyphenated words split (and kept joined too), single letters and words
 * starting with a digit dropped. Pure.
 */

/** French elided articles and pronouns before an apostrophe. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const chunks = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u);
  for (const chunk of chunks) {
    const parts = chunk.split(/-+/).map(clean).filter(keep);
    tokens.push(...parts);
    // "bien-être", "open-space", "second-hand": the compound also counts as one word.
    if (parts.length > 1) tokens.push(parts.join(''));
  }
  return tokens;
}

function clean(raw: string): string {
  return raw
    .replace(/^'+|'+$/g, '')
    .replace(ELISION, '')
    .replace(/'s$/, '')
    .replace(/'/g, '');
}

/** Single letters and numbers ("3e", "7h", "30") say nothing of a subject; "co2" does. */
const keep = (word: string) => word.length >= 2 && !/^\p{N}/u.test(word);

/** The word without accents (é → e, ç → c), to compare stems typed with or without them. */
export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
