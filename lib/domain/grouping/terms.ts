/**
 * An idea's terms: its words without stop words, stemmed in the idea's language, without accents,
 * plus a `#theme` term for each theme of the lexicon its words belong to. Each term keeps the
 * surface word it came from, to name groups in words people wrote. Pure.
 */
import { stemEnglish } from './stem-en';
import { stemFrench } from './stem-fr';
import { STOP_WORDS_EN, STOP_WORDS_FR } from './stop-words';
import { THEMES } from './theme-lexicon';
import { stripAccents, tokenize } from './tokenize';

export type Language = 'fr' | 'en';

/** Theme terms start with this mark (never produced by a word). */
export const THEME_MARK = '#';

const STEMMERS: Record<Language, (word: string) => string> = { fr: stemFrench, en: stemEnglish };
const STOPS: Record<Language, ReadonlySet<string>> = { fr: STOP_WORDS_FR, en: STOP_WORDS_EN };

/**
 * The idea's language: the one whose stop words it uses more (ideas in a café may mix languages);
 * `fallback` (the session's) when it cannot tell.
 */
export function languageOf(tokens: readonly string[], fallback: Language): Language {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (STOP_WORDS_FR.has(token)) fr++;
    if (STOP_WORDS_EN.has(token)) en++;
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

type ThemeIndex = { words: Map<string, string[]>; stems: Map<string, string[]> };

function add(map: Map<string, string[]>, key: string, theme: string): void {
  const themes = map.get(key) ?? [];
  if (!themes.includes(theme)) map.set(key, [...themes, theme]);
}

/** Per language: themes by accent-free word, and by stem. */
const THEME_INDEX: Record<Language, ThemeIndex> = (() => {
  const index: Record<Language, ThemeIndex> = { fr: { words: new Map(), stems: new Map() }, en: { words: new Map(), stems: new Map() } };
  for (const [theme, words] of Object.entries(THEMES)) {
    for (const language of ['fr', 'en'] as const) {
      for (const word of words[language].split(/\s+/).filter(Boolean)) {
        add(index[language].words, stripAccents(word), theme);
        add(index[language].stems, stripAccents(STEMMERS[language](word)), theme);
      }
    }
  }
  return index;
})();

/** The themes of a word: by the whole word when the lexicon has it (so "training" is not "train"), else by its stem. */
function themesOf(word: string, stem: string, language: Language): string[] {
  const index = THEME_INDEX[language];
  return index.words.get(stripAccents(word)) ?? index.stems.get(stem) ?? [];
}

export type Term = { stem: string; word: string };

/** Stems and themes of words already seen, per language (a suggestion reads the same words many times). */
export type WordCache = Map<string, { stem: string; themes: string[] }>;

/** The terms of one text, in order (repeats kept: they are counted), themes after the words, once each. */
export function termsOf(text: string, fallback: Language, cache: WordCache = new Map()): Term[] {
  const tokens = tokenize(text);
  const language = languageOf(tokens, fallback);
  const terms: Term[] = [];
  const themes = new Set<string>();
  for (const word of tokens) {
    if (STOPS[language].has(word)) continue;
    const key = `${language}:${word}`;
    let known = cache.get(key);
    if (!known) {
      const stem = stripAccents(STEMMERS[language](word));
      known = { stem, themes: themesOf(word, stem, language) };
      cache.set(key, known);
    }
    terms.push({ stem: known.stem, word });
    for (const theme of known.themes) themes.add(theme);
  }
  for (const theme of themes) terms.push({ stem: `${THEME_MARK}${theme}`, word: theme });
  return terms;
}
