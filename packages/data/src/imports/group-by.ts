/** `Map.groupBy` (Node 21+), for Node 20: items by key, in input order, each group in input order. */
export function groupBy<T, K>(items: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const same = groups.get(k);
    if (same) same.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}
