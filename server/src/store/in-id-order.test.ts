import { describe, expect, it } from 'vitest';
import { inIdOrder } from './in-id-order.js';

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `system:s-${String((i * 7919) % n).padStart(5, '0')}`);

describe('ids in order, a slice at a time', () => {
  it('gives every id once, in ascending order, in slices of the size asked each time', () => {
    const all = ids(1000);
    const sizes = [3, 50, 1, 400, 1000];
    const slices = [...inIdOrder([...all], () => sizes.shift() ?? 10)];
    expect(slices.map((s) => s.length)).toEqual([3, 50, 1, 400, 546]);
    expect(slices.flat()).toEqual([...all].sort());
  });

  it('reads only as far as asked: the first slice is the smallest ids', () => {
    const [first] = inIdOrder(ids(50_000), () => 300);
    expect(first).toEqual(ids(50_000).sort().slice(0, 300));
  });

  it('handles nothing and one', () => {
    expect([...inIdOrder([], () => 5)]).toEqual([]);
    expect([...inIdOrder(['a'], () => 5)]).toEqual([['a']]);
  });
});
