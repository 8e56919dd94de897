import { describe, expect, it } from 'vitest';
import { hashText, seededRandom, withSeededRandom } from './seeded-random.js';

describe('seeded random', () => {
  it('gives the same numbers for the same seed, and other numbers for another', () => {
    const a = seededRandom(hashText('system:kpsn|1'));
    const b = seededRandom(hashText('system:kpsn|1'));
    const c = seededRandom(hashText('system:kpsn|2'));
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('puts Math.random back afterwards, even when the work throws', () => {
    const original = Math.random;
    expect(withSeededRandom('x', () => [Math.random(), Math.random()])).toEqual(
      withSeededRandom('x', () => [Math.random(), Math.random()]),
    );
    expect(() =>
      withSeededRandom('x', () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
