/**
 * The suggested grouping of the café's ideas into workstreams, computed on the server from their
 * text alone (no external model): terms (stop words out, light stemming, French or English per
 * idea), TF-IDF, cosine similarity, average-linkage clustering cut at a threshold, and a short name
 * from each group's top terms. Deterministic: the same ideas give the same groups, whatever their
 * order. Method and measured quality: docs/plenary.md. Pure.
 */
import { averageLinkage } from './cluster';
import { THEME_MARK, termsOf, type Language, type Term, type WordCache } from './terms';
import { THEMES } from './theme-lexicon';
import { similarities, tfIdf } from './tf-idf';

export type IdeaText = { id: string; text: string };
/** A suggested workstream: a short name, the words it was named from, its ideas (in the order given). */
export type SuggestedGroup = { name: string; terms: string[]; ideaIds: string[] };
/** Groups of two ideas or more, largest first; ideas that matched nothing stay ungrouped. */
export type GroupingSuggestion = { groups: SuggestedGroup[]; ungrouped: string[] };

/** The mean similarity two groups need to merge (see docs/plenary.md for how it was chosen). */
export const DEFAULT_THRESHOLD = 0.15;
/** How much a shared theme weighs against a shared word. */
export const THEME_WEIGHT = 2;
/** Terms in a group's name. */
export const NAME_TERMS = 3;

export function suggestGroups(ideas: readonly IdeaText[], options: { language: Language; threshold?: number; themeWeight?: number }): GroupingSuggestion {
  const inputOrder = new Map(ideas.map((idea, i) => [idea.id, i]));
  // Computed in id order, so that the input's order cannot change the result.
  const sorted = [...ideas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cache: WordCache = new Map();
  const terms = sorted.map((idea) => termsOf(idea.text, options.language, cache));
  const themeWeight = options.themeWeight ?? THEME_WEIGHT;
  const { vocabulary, idf, vectors } = tfIdf(
    terms.map((t) => t.map((term) => term.stem)),
    (term) => (term.startsWith(THEME_MARK) ? themeWeight : 1),
  );
  const labels = averageLinkage(sorted.length, similarities(vectors, vocabulary.length), options.threshold ?? DEFAULT_THRESHOLD);

  const members = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const list = members.get(label);
    if (list) list.push(i);
    else members.set(label, [i]);
  });
  const byInput = (a: string, b: string) => inputOrder.get(a)! - inputOrder.get(b)!;
  const groups: SuggestedGroup[] = [];
  const ungrouped: string[] = [];
  for (const indices of members.values()) {
    const ids = indices.map((i) => sorted[i]!.id).sort(byInput);
    if (indices.length < 2) ungrouped.push(...ids);
    else {
      const groupTerms = indices.map((i) => terms[i]!);
      const theme = dominantTheme(groupTerms);
      const { shared, specific } = topWords(groupTerms, vocabulary, idf);
      const words = shared.length > 0 || theme ? shared : specific;
      groups.push({ name: nameOf(theme, words, options.language), terms: words, ideaIds: ids });
    }
  }
  groups.sort((a, b) => b.ideaIds.length - a.ideaIds.length || byInput(a.ideaIds[0]!, b.ideaIds[0]!));
  return { groups, ungrouped: ungrouped.sort(byInput) };
}

/**
 * A group's most telling words, as people wrote them: stems scored by how many of the group's ideas
 * use them times their idf (shared and specific first), each shown as its most frequent word; and
 * the single most specific word, for a group that shares no word and no theme.
 */
function topWords(groupTerms: readonly Term[][], vocabulary: readonly string[], idf: readonly number[]): { shared: string[]; specific: string[] } {
  const ideasUsing = new Map<string, number>();
  const words = new Map<string, Map<string, number>>();
  for (const ideaTerms of groupTerms) {
    const own = ideaTerms.filter((t) => !t.stem.startsWith(THEME_MARK));
    for (const stem of new Set(own.map((t) => t.stem))) ideasUsing.set(stem, (ideasUsing.get(stem) ?? 0) + 1);
    for (const { stem, word } of own) {
      const forms = words.get(stem) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      words.set(stem, forms);
    }
  }
  const idfOf = new Map(vocabulary.map((term, i) => [term, idf[i]!]));
  const score = (stem: string) => (ideasUsing.get(stem) ?? 0) * (idfOf.get(stem) ?? 0);
  const ranked = [...ideasUsing.keys()].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
  const shared = ranked.filter((stem) => (ideasUsing.get(stem) ?? 0) >= 2);
  return {
    shared: shared.slice(0, NAME_TERMS).map((stem) => mostFrequent(words.get(stem)!)),
    specific: ranked.slice(0, 1).map((stem) => mostFrequent(words.get(stem)!)),
  };
}

/** The lexicon theme at least half of the group's ideas share (the most shared; ties by name), or null. */
function dominantTheme(groupTerms: readonly Term[][]): string | null {
  const ideasWith = new Map<string, number>();
  for (const ideaTerms of groupTerms) for (const t of ideaTerms) if (t.stem.startsWith(THEME_MARK)) ideasWith.set(t.word, (ideasWith.get(t.word) ?? 0) + 1);
  const [best] = [...ideasWith.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best && best[1] * 2 >= groupTerms.length ? best[0] : null;
}

function mostFrequent(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * "Réunions — ordre, jour": the theme most ideas share (in the session's language) and the top
 * words it does not already say, or the top words alone; the first letter capitalised.
 */
function nameOf(theme: string | null, words: readonly string[], language: Language): string {
  const label = theme ? THEMES[theme]?.label[language] : undefined;
  const extra = label ? words.filter((w) => !label.toLowerCase().includes(w.toLowerCase())).slice(0, NAME_TERMS - 1) : words;
  const name = label ? [label, extra.join(', ')].filter(Boolean).join(' — ') : extra.join(', ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
