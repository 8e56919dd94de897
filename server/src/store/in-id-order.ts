// The ids in ascending order, a slice at a time, sorted only as far as they are read: a hub's fifty
// thousand neighbours were sorted whole for a view that shows three hundred of them (the largest
// cost of a neighbourhood at 100k nodes, profiled by `npm run bench:many -- --profile`). Each slice
// is the smallest of what is left, found by selection (linear on average), then sorted.

/** Yields `ids` (reordered in place) in ascending slices, each of `size()` asked before it. */
export function* inIdOrder(ids: string[], size: () => number): Generator<string[], void, undefined> {
  let from = 0;
  while (from < ids.length) {
    const end = Math.min(ids.length, from + Math.max(1, size()));
    if (end < ids.length) select(ids, from, ids.length - 1, end - 1);
    const slice = ids.slice(from, end).sort();
    from = end;
    yield slice;
  }
}

/** Rearranges a[low..high] so that a[nth] holds what sorting would put there, with everything
 *  smaller before it and everything larger after (Hoare's selection; the ids are distinct). */
function select(a: string[], low: number, high: number, nth: number): void {
  while (high > low) {
    const pivot = a[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i++] = a[j]!;
        a[j--] = swap;
      }
    }
    if (nth <= j) high = j;
    else if (nth >= i) low = i;
    else return;
  }
}
