/**
 * @module bench/cluster/metrics
 * Clustering scores against gold labels: BCubed and pairwise precision, recall and F1.
 */

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** BCubed over items: per item, the share of its predicted cluster with its gold label, and vice versa. */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Scores {
  const pairCount = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const items = [...gold.keys()];
  for (const item of items) {
    const p = predicted.get(item) ?? `unclustered:${item}`;
    const g = gold.get(item)!;
    pairCount.set(`${p}\u0000${g}`, (pairCount.get(`${p}\u0000${g}`) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const p = predicted.get(item) ?? `unclustered:${item}`;
    const g = gold.get(item)!;
    const both = pairCount.get(`${p}\u0000${g}`)!;
    precision += both / predSize.get(p)!;
    recall += both / goldSize.get(g)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Pairwise: over all pairs of items, the pairs put together that belong together. */
export function pairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Scores {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const pairCount = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item) ?? `unclustered:${item}`;
    pairCount.set(`${p}\u0000${g}`, (pairCount.get(`${p}\u0000${g}`) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of pairCount.values()) tp += choose2(n);
  let predPairs = 0;
  for (const n of predSize.values()) predPairs += choose2(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += choose2(n);
  const precision = predPairs === 0 ? 1 : tp / predPairs;
  const recall = goldPairs === 0 ? 1 : tp / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Item -> cluster id, from clusters listed as member lists. */
export function labelsOf(
  clusters: readonly { readonly id: string; readonly members: readonly string[] }[],
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const cluster of clusters) for (const member of cluster.members) labels.set(member, cluster.id);
  return labels;
}
