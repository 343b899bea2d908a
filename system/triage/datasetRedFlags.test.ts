import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { evaluateRedFlags } from './evaluateRedFlags.js';
import { RedFlagFamily } from './redFlagFamily.js';

// Why this test: the labelled dataset was written apart from the rules; every emergency in it
// that belongs to one of the rule families must raise a rule hit, or the safety net has a hole
// that only a good model would cover (three such phrasings were found this way).
test('every labelled emergency of a red-flag family in the dataset raises a rule hit', () => {
  const misses: string[] = [];
  for (const file of ['data/symptoms/train.jsonl', 'data/symptoms/test.jsonl']) {
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const example = JSON.parse(line) as { text: string; acuity: number; family: string | null };
      const inFamily = RedFlagFamily.safeParse(example.family).success;
      if (inFamily && example.acuity <= 2 && evaluateRedFlags(example.text).hits.length === 0)
        misses.push(example.text);
    }
  }
  expect(misses).toEqual([]);
});
