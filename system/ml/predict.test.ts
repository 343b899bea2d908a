import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Acuity } from '../domain/acuity.js';
import { parseExamples } from './parseExamples.js';
import { predict } from './predict.js';
import { trainClassifier } from './trainClassifier.js';

const read = (name: string) =>
  parseExamples(readFileSync(new URL(`../../data/symptoms/${name}`, import.meta.url), 'utf8'));
const model = trainClassifier(read('train.jsonl'), { seed: 1, heldOut: read('test.jsonl') });

const expectValid = (text: string): void => {
  const p = predict(model, text);
  expect(Acuity.safeParse(p.acuity).success).toBe(true);
  expect(p.confidence).toBeGreaterThanOrEqual(0);
  expect(p.confidence).toBeLessThanOrEqual(1);
  // The port allows 2000 characters of rationale.
  expect(p.rationale.length).toBeGreaterThan(0);
  expect(p.rationale.length).toBeLessThanOrEqual(2000);
};

test('predict answers a valid acuity and a probability for any string', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc
      .array(fc.constantFrom('chest', 'pain', 'arm', 'cold', 'no', 'blood', 'épée', '💥', ' '), {
        maxLength: 60,
      })
      .map((words) => words.join(' ')),
  );
  fc.assert(fc.property(anyText, (text) => expectValid(text)));
});

test('predict survives empty, invisible, huge and hostile messages', () => {
  for (const text of [
    '',
    ' ',
    '\u200b\u200d\u2066',
    '\ud800',
    'a'.repeat(100_000),
    'chest pain '.repeat(50_000),
    '🫀'.repeat(20_000),
    'ｃｈｅｓｔ ｐａｉｎ',
  ]) {
    expectValid(text);
  }
});

test('predict is a function of the text: the same message, the same answer', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(predict(model, text)).toEqual(predict(model, text));
    }),
  );
});

test('the rationale names words of the message that favour the acuity chosen', () => {
  const p = predict(model, 'My dad has crushing chest pain going down his left arm');
  expect(p.acuity).toBeLessThanOrEqual(2);
  expect(p.rationale).toMatch(/^acuity [12] \(p=0\.\d\d\), led by "/);
  expect(p.rationale).toContain('"chest');
  expect(predict(model, '').rationale).toContain('no known words');
});
