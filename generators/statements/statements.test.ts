import { describe, expect, it } from 'vitest';
import { ALL_STATEMENTS } from './allStatements.js';
import { BENIGN_SENTENCES } from './benignSentences.js';
import { RELATIVES } from './relatives.js';
import type { Statement } from './Statement.js';

// Why a Record: adding a family to Statement fails to compile here until it gets a minimum.
const MINIMUM_PER_FAMILY: Record<Statement['family'], number> = {
  stroke: 15,
  cardiac_chest_pain: 15,
  breathing_difficulty: 15,
  anaphylaxis: 12,
  suicidal_ideation: 15,
  severe_bleeding: 12,
  sepsis: 12,
  meningitis: 12,
  obstetric: 12,
  paediatric: 12,
  seizure: 12,
  neurological: 12,
  acute_abdomen: 12,
  poisoning: 12,
  abnormal_vitals: 12,
  fainting: 12,
  confusion: 12,
};

const FORMS = [
  'firstPerson',
  'thirdPerson',
  'negated',
  'past',
  'familyHistory',
  'hypothetical',
] as const;

// Words that agree with both "he/she" and "they", so {they} never yields "they is" or "she are".
const AGREEING_AFTER_THEY = new Set([
  'can',
  "can't",
  'could',
  "couldn't",
  'will',
  "won't",
  'would',
  'should',
  'might',
  'must',
  'said',
  'felt',
  'went',
  'took',
  'had',
  'got',
  'sat',
  'fell',
]);

// Adverbs that may sit between {they} and its verb ("{they} nearly passed out").
const ADVERBS = new Set(['nearly', 'suddenly', 'just', 'barely', 'hardly', 'almost', 'never']);

const allStrings = ALL_STATEMENTS.flatMap((s) => FORMS.map((form) => s[form]));

describe('statements', () => {
  it.each(Object.entries(MINIMUM_PER_FAMILY))('%s has at least %i statements', (family, min) => {
    expect(ALL_STATEMENTS.filter((s) => s.family === family).length).toBeGreaterThanOrEqual(min);
  });

  it('every thirdPerson names {who}', () => {
    expect(ALL_STATEMENTS.filter((s) => !s.thirdPerson.includes('{who}'))).toEqual([]);
  });

  it('thirdPerson uses only the four placeholders, and no other form uses any', () => {
    for (const s of ALL_STATEMENTS) {
      const stripped = s.thirdPerson.replace(/\{(who|they|their|them)\}/g, '');
      expect(stripped, s.thirdPerson).not.toMatch(/[{}]/);
      for (const form of FORMS.filter((f) => f !== 'thirdPerson')) {
        expect(s[form], s[form]).not.toMatch(/[{}]/);
      }
    }
  });

  it('{they} is followed by a verb that agrees with every pronoun', () => {
    for (const s of ALL_STATEMENTS) {
      for (const match of s.thirdPerson.matchAll(/\{they\}(\S*)((?:\s+\S+){1,2})/g)) {
        expect(match[1], s.thirdPerson).toBe('');
        const words = (match[2] ?? '').trim().split(/\s+/);
        const next = (ADVERBS.has(words[0] ?? '') ? words[1] : words[0]) ?? '';
        expect(
          AGREEING_AFTER_THEY.has(next) || next.endsWith('ed'),
          `"{they} ${next}" in: ${s.thirdPerson}`,
        ).toBe(true);
      }
    }
  });

  it('every relative fills every thirdPerson without leftovers', () => {
    for (const r of RELATIVES) {
      for (const s of ALL_STATEMENTS) {
        const filled = s.thirdPerson
          .replaceAll('{who}', r.who)
          .replaceAll('{they}', r.they)
          .replaceAll('{their}', r.their)
          .replaceAll('{them}', r.them);
        expect(filled).not.toMatch(/[{}]/);
      }
    }
  });

  it('has no duplicate strings across all statements and forms', () => {
    const seen = new Set<string>();
    const duplicates = allStrings.filter((text) => seen.size === seen.add(text).size);
    expect(duplicates).toEqual([]);
  });

  it('keeps every string non-empty and under 400 characters', () => {
    for (const text of [...allStrings, ...BENIGN_SENTENCES]) {
      expect(text.trim().length, text).toBeGreaterThan(0);
      expect(text.length, text).toBeLessThan(400);
    }
  });
});

describe('benign sentences', () => {
  it('has at least 120 unique sentences', () => {
    expect(BENIGN_SENTENCES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(BENIGN_SENTENCES).size).toBe(BENIGN_SENTENCES.length);
  });

  it('shares no sentence with a statement and holds no placeholder', () => {
    const statementStrings = new Set(allStrings);
    for (const text of BENIGN_SENTENCES) {
      expect(statementStrings.has(text), text).toBe(false);
      expect(text, text).not.toMatch(/[{}]/);
    }
  });
});

describe('relatives', () => {
  it('has at least 12 distinct people', () => {
    expect(RELATIVES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(RELATIVES.map((r) => r.who)).size).toBe(RELATIVES.length);
  });
});
