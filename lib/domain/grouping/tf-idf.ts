/**
 * TF-IDF vectors of short texts and their cosine similarities. Pure.
 * tf: 1 + log(count); idf: log((1 + n) / (1 + df)) + 1 (smoothed, so a term in every text still
 * counts a little); vectors normalised to length 1, so a dot product is the cosine.
 */

/** A sparse unit vector: term index → weight, sorted by index. */
export type SparseVector = { indices: number[]; weights: number[] };

export type Vectorised = { vocabulary: string[]; idf: number[]; vectors: SparseVector[] };

/** `boost(term)` scales a term's weight before normalisation (1: as computed). */
export function tfIdf(documents: readonly (readonly string[])[], boost: (term: string) => number = () => 1): Vectorised {
  const vocabulary = [...new Set(documents.flat())].sort();
  const indexOf = new Map(vocabulary.map((term, i) => [term, i]));
  const df = new Array<number>(vocabulary.length).fill(0);
  for (const doc of documents) for (const term of new Set(doc)) df[indexOf.get(term)!]! += 1;
  const n = documents.length;
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
  const vectors = documents.map((doc) => {
    const counts = new Map<number, number>();
    for (const term of doc) {
      const i = indexOf.get(term)!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = [...counts.keys()].sort((a, b) => a - b);
    const raw = indices.map((i) => (1 + Math.log(counts.get(i)!)) * idf[i]! * boost(vocabulary[i]!));
    const norm = Math.hypot(...raw);
    return { indices, weights: norm > 0 ? raw.map((w) => w / norm) : raw };
  });
  return { vocabulary, idf, vectors };
}

/**
 * Cosine similarities of every pair, as a condensed upper triangle (pair i < j at
 * `pairIndex(n, i, j)`), computed through an inverted index: only pairs sharing a term cost anything.
 */
export function similarities(vectors: readonly SparseVector[], vocabularySize: number): Float64Array {
  const n = vectors.length;
  const postings: { doc: number; weight: number }[][] = Array.from({ length: vocabularySize }, () => []);
  vectors.forEach((v, doc) => v.indices.forEach((term, k) => postings[term]!.push({ doc, weight: v.weights[k]! })));
  const sims = new Float64Array((n * (n - 1)) / 2);
  for (const list of postings) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) sims[pairIndex(n, list[a]!.doc, list[b]!.doc)]! += list[a]!.weight * list[b]!.weight;
    }
  }
  return sims;
}

/** Where the pair (i, j), i ≠ j, sits in a condensed upper triangle of n items. */
export function pairIndex(n: number, i: number, j: number): number {
  const [a, b] = i < j ? [i, j] : [j, i];
  return a * n - (a * (a + 1)) / 2 + (b - a - 1);
}
