import { describe, expect, test } from 'vitest';
import { binomialCdf, clopperPearson } from './clopperPearson.js';

describe('clopperPearson', () => {
  // Why these: published exact intervals (e.g. R's binom.test) to four decimals.
  test.each([
    [0, 10, 0, 0.3085],
    [10, 10, 0.6915, 1],
    [5, 10, 0.1871, 0.8129],
    [1, 100, 0.0003, 0.0545],
    [250, 250, 0.9854, 1],
    [99, 100, 0.9455, 0.9997],
  ])('%i of %i lies in [%f, %f]', (x, n, lower, upper) => {
    const p = clopperPearson(x, n);
    expect(p.lower).toBeCloseTo(lower, 4);
    expect(p.upper).toBeCloseTo(upper, 4);
    expect(p.rate).toBe(x / n);
  });

  test('no trials: the whole interval, no rate', () => {
    expect(clopperPearson(0, 0)).toEqual({
      successes: 0,
      trials: 0,
      rate: null,
      lower: 0,
      upper: 1,
    });
  });

  test('refuses counts that are not a proportion', () => {
    expect(() => clopperPearson(3, 2)).toThrow();
    expect(() => clopperPearson(-1, 2)).toThrow();
    expect(() => clopperPearson(1.5, 2)).toThrow();
  });

  test('the binomial CDF sums to one and matches a small case', () => {
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
    expect(binomialCdf(1, 3, 0.5)).toBeCloseTo(0.5, 12);
    expect(binomialCdf(0, 400, 0.01)).toBeCloseTo(0.99 ** 400, 12);
  });
});
