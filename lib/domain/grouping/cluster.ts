/**
 * Average-linkage agglomerative clustering cut at a similarity threshold: clusters merge while
 * the mean similarity between their members is at least the threshold, so the number of groups is
 * not chosen in advance. Nearest-neighbour chain (Murtagh 1983): O(n²) time and memory, exact for
 * average linkage; ties go to the lowest index, so the result is deterministic. Pure.
 */
import { pairIndex } from './tf-idf';

/** Cluster labels (the lowest member index of each cluster) for n items with condensed similarities. */
export function averageLinkage(n: number, similarities: Float64Array, threshold: number): number[] {
  const sims = Float64Array.from(similarities);
  const size = new Array<number>(n).fill(1);
  const active = new Array<boolean>(n).fill(true);
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const sim = (i: number, j: number) => sims[pairIndex(n, i, j)]!;
  let remaining = n;
  const chain: number[] = [];

  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(true));
    const a = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    let best = -1;
    let bestSim = -Infinity;
    for (let c = 0; c < n; c++) {
      if (c === a || !active[c]) continue;
      const s = sim(a, c);
      // The previous link wins ties: that is what makes the chain end in a reciprocal pair.
      if (s > bestSim || (s === bestSim && c === previous)) {
        best = c;
        bestSim = s;
      }
    }
    if (best === -1 || bestSim < threshold) {
      // Nothing in the chain can merge above the threshold any more (similarities only fall along it).
      for (const done of chain) active[done] = false;
      remaining -= chain.length;
      chain.length = 0;
      continue;
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    const [keep, drop] = a < best ? [a, best] : [best, a];
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === drop) continue;
      sims[pairIndex(n, keep, c)] = (size[keep]! * sim(keep, c) + size[drop]! * sim(drop, c)) / (size[keep]! + size[drop]!);
    }
    size[keep]! += size[drop]!;
    active[drop] = false;
    parent[drop] = keep;
    remaining -= 1;
  }
  const labels = Array.from({ length: n }, (_, i) => find(i));
  // Relabel with the lowest member index of each cluster.
  const lowest = new Map<number, number>();
  labels.forEach((root, i) => lowest.set(root, Math.min(lowest.get(root) ?? i, i)));
  return labels.map((root) => lowest.get(root)!);
}
