import { describe, expect, test } from 'vitest';
import { partSha256, readVignettes } from './readVignettes.js';
import { isEmergency, VignetteFamily } from './Vignette.js';

// Why a committed hash: the locked part judges every change to triage; an edit to it must be
// a visible, reviewed change of this line, never a quiet tuning of the judge.
const LOCKED_SHA256 = '29c25ae515c951e07b806ee1e010b8b0a72f55b22e5a0b5a06e6740ac48434bf';

const dev = readVignettes('dev');
const locked = readVignettes('locked');
const all = [...dev, ...locked];

describe('the clinical reference set', () => {
  test('the locked part is the committed one, byte for byte', () => {
    expect(partSha256('locked')).toBe(LOCKED_SHA256);
  });

  test('dev and locked are disjoint, by id and by text', () => {
    const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
    const lockedIds = new Set(locked.map((v) => v.id));
    const lockedTexts = new Set(locked.map((v) => norm(v.text)));
    expect(dev.filter((v) => lockedIds.has(v.id) || lockedTexts.has(norm(v.text)))).toEqual([]);
    expect(new Set(all.map((v) => v.id)).size).toBe(all.length);
  });

  test('sizes: 600+ messages, 400+ emergencies, 200+ benign; locked 250+ and 120+', () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(all.filter(isEmergency).length).toBeGreaterThanOrEqual(400);
    expect(all.filter((v) => !isEmergency(v)).length).toBeGreaterThanOrEqual(200);
    expect(locked.filter(isEmergency).length).toBeGreaterThanOrEqual(250);
    expect(locked.filter((v) => !isEmergency(v)).length).toBeGreaterThanOrEqual(120);
  });

  test('every family has 20+ emergencies, in both parts', () => {
    for (const family of VignetteFamily.options) {
      const of = (part: typeof all) => part.filter((v) => isEmergency(v) && v.family === family);
      expect(of(all).length, family).toBeGreaterThanOrEqual(20);
      expect(of(dev).length, family).toBeGreaterThan(0);
      expect(of(locked).length, family).toBeGreaterThan(0);
    }
  });

  test('the benign part has every hard kind', () => {
    const kinds = new Set(all.filter((v) => !isEmergency(v)).map((v) => v.kind));
    for (const kind of [
      'negated',
      'past',
      'relative_history',
      'hypothetical',
      'administrative',
      'alarming_words',
    ])
      expect(kinds.has(kind as never), kind).toBe(true);
  });
});
