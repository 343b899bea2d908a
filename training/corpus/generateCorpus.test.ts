import { describe, expect, it } from 'vitest';
import { FAMILIES } from './corpusExample.js';
import { dedupeKey, generateCorpus, generateTaggedCorpus } from './generateCorpus.js';
import { planQuotas } from './planQuotas.js';
import { scenarioCatalogue } from './scenarioCatalogue.js';

const SEED = 7;
const corpus = generateTaggedCorpus(SEED);

describe('generateCorpus', () => {
  it('gives identical output for the same seed', () => {
    expect(generateCorpus(SEED)).toEqual(generateCorpus(SEED));
  });

  it('gives different output for a different seed', () => {
    expect(generateCorpus(SEED + 1).slice(0, 50)).not.toEqual(generateCorpus(SEED).slice(0, 50));
  });

  it('makes at least 6,000 texts that are distinct ignoring case', () => {
    const keys = new Set(corpus.map((e) => dedupeKey(e.text)));
    expect(corpus.length).toBeGreaterThanOrEqual(6000);
    expect(keys.size).toBe(corpus.length);
  });

  it('labels every example with an acuity from 1 to 5 and a known family or null', () => {
    for (const e of corpus) {
      expect([1, 2, 3, 4, 5]).toContain(e.acuity);
      expect(e.family === null || (FAMILIES as readonly string[]).includes(e.family)).toBe(true);
    }
  });

  it('gives every family at least 120 examples', () => {
    for (const family of FAMILIES) {
      expect(corpus.filter((e) => e.family === family).length, family).toBeGreaterThanOrEqual(120);
    }
  });

  // Why this test: a family on an ESI 3-5 message, or none on an ESI 1-2 one, would teach the
  // classifier that red flags and urgency come apart.
  it('puts families exactly on the emergencies', () => {
    for (const e of corpus) expect(e.family !== null, e.text).toBe(e.acuity <= 2);
  });

  it('keeps emergencies near 35% and ESI 1 near 8%', () => {
    const share = (n: number) => n / corpus.length;
    expect(share(corpus.filter((e) => e.acuity <= 2).length)).toBeGreaterThan(0.3);
    expect(share(corpus.filter((e) => e.acuity <= 2).length)).toBeLessThan(0.4);
    expect(share(corpus.filter((e) => e.acuity === 1).length)).toBeGreaterThan(0.06);
    expect(share(corpus.filter((e) => e.acuity === 1).length)).toBeLessThan(0.1);
  });

  it('includes at least 1,500 hard negatives, all at ESI 4-5 with no family', () => {
    const hard = corpus.filter((e) => e.hardNegative !== null);
    expect(hard.length).toBeGreaterThanOrEqual(1500);
    for (const e of hard) {
      expect(e.acuity).toBeGreaterThanOrEqual(4);
      expect(e.family).toBeNull();
    }
  });

  it('leaves no template token unrendered', () => {
    for (const e of corpus) expect(e.text).not.toMatch(/[{}]|%T/);
  });
});

describe('scenario catalogue', () => {
  it('has at least 60 clinical scenarios, each with at least 8 phrasings of its key finding', () => {
    expect(scenarioCatalogue.clinical.length).toBeGreaterThanOrEqual(60);
    for (const s of scenarioCatalogue.all)
      expect(s.findings.length, s.id).toBeGreaterThanOrEqual(8);
  });

  it('has unique scenario ids', () => {
    const ids = scenarioCatalogue.all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Why this test: a scenario whose pools are too small would silently fall short of its quota.
  it('fills every scenario quota with distinct texts', () => {
    const made = new Map<string, number>();
    for (const e of corpus) made.set(e.scenarioId, (made.get(e.scenarioId) ?? 0) + 1);
    for (const { scenario, count } of planQuotas(scenarioCatalogue.all)) {
      expect(made.get(scenario.id), scenario.id).toBe(count);
    }
  });
});
