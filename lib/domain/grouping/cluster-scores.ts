/**
 * How well a clustering recovers reference groups: the adjusted Rand index (Hubert & Arabie 1985;
 * 1 identical, about 0 for a chance agreement) and the B-cubed precision, recall and F1 (Bagga &
 * Baldwin 1998; per item: how much of its cluster shares its group, and of its group shares its
 * cluster). Pure.
 */

const choose2 = (k: number) => (k * (k - 1)) / 2;

function counts<T>(labels: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const label of labels) map.set(label, (map.get(label) ?? 0) + 1);
  return map;
}

/** Adjusted Rand index of two labellings of the same items. */
export function adjustedRandIndex<A, B>(truth: readonly A[], predicted: readonly B[]): number {
  if (truth.length !== predicted.length) throw new RangeError('the labellings must cover the same items');
  const n = truth.length;
  const joint = counts(truth.map((t, i) => JSON.stringify([t, predicted[i]])));
  const index = [...joint.values()].reduce((sum, k) => sum + choose2(k), 0);
  const a = [...counts(truth).values()].reduce((sum, k) => sum + choose2(k), 0);
  const b = [...counts(predicted).values()].reduce((sum, k) => sum + choose2(k), 0);
  const expected = (a * b) / choose2(n);
  const max = (a + b) / 2;
  // Both labellings put every item alone (or together): they agree perfectly.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/** B-cubed precision, recall and F1 of a clustering against the reference groups. */
export function bCubed<A, B>(truth: readonly A[], predicted: readonly B[]): { precision: number; recall: number; f1: number } {
  if (truth.length !== predicted.length) throw new RangeError('the labellings must cover the same items');
  const n = truth.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    let sameCluster = 0;
    let sameGroup = 0;
    let both = 0;
    for (let j = 0; j < n; j++) {
      const cluster = predicted[j] === predicted[i];
      const group = truth[j] === truth[i];
      if (cluster) sameCluster++;
      if (group) sameGroup++;
      if (cluster && group) both++;
    }
    precision += both / sameCluster;
    recall += both / sameGroup;
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
