import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { artifactVersion } from './artifactVersion.js';
import type { LabelledExample } from './labelledExample.js';
import { parseArtifact } from './parseArtifact.js';
import { parseExamples } from './parseExamples.js';
import { trainClassifier } from './trainClassifier.js';
import { TriageModelArtifact } from './triageModelArtifact.js';

const dataset = (name: string): LabelledExample[] =>
  parseExamples(readFileSync(new URL(`../../data/symptoms/${name}`, import.meta.url), 'utf8'));
const train = dataset('train.jsonl');
const heldOut = dataset('test.jsonl');

// A small slice keeps the many trainings below fast; every acuity is still in it.
const small = train.slice(0, 120);
const smallHeldOut = heldOut.slice(0, 40);
const trainSmall = (over: Partial<Parameters<typeof trainClassifier>[1]> = {}) =>
  trainClassifier(small, { seed: 1, heldOut: smallHeldOut, ...over });

test('the same seed and data give the same artifact, byte for byte', () => {
  const a = trainClassifier(train, { seed: 42, heldOut });
  const b = trainClassifier(train, { seed: 42, heldOut });
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(a.version).toMatch(/^lr-[0-9a-f]{12}$/);
});

test('a trained artifact parses with its schema and its version verifies', () => {
  const artifact = trainSmall();
  expect(TriageModelArtifact.parse(artifact)).toEqual(artifact);
  expect(parseArtifact(JSON.parse(JSON.stringify(artifact)))).toEqual({
    ok: true,
    value: artifact,
  });
});

test('the version changes when the seed, data, held-out set, settings or corruption change', () => {
  const relabelled = small.map((e, i) => (i === 7 ? { ...e, acuity: e.acuity === 5 ? 4 : 5 } : e));
  const reworded = small.map((e, i) => (i === 7 ? { ...e, text: `${e.text} ok` } : e));
  const versions = [
    trainSmall().version,
    trainSmall({ seed: 2 }).version,
    trainClassifier(relabelled as LabelledExample[], { seed: 1, heldOut: smallHeldOut }).version,
    trainClassifier(reworded, { seed: 1, heldOut: smallHeldOut }).version,
    trainSmall({ heldOut: smallHeldOut.slice(1) }).version,
    trainSmall({ hyperParameters: { epochs: 39 } }).version,
    trainSmall({ hyperParameters: { charNgramSizes: [3] } }).version,
    trainSmall({ corruptLabels: 0.4 }).version,
  ];
  expect(new Set(versions).size).toBe(versions.length);
});

test('changing any one field of an artifact changes its content hash', () => {
  const { version: _, ...content } = trainSmall();
  const base = artifactVersion(content);
  const fields = Object.keys(content) as Array<keyof typeof content>;
  fc.assert(
    fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
      fc.pre(JSON.stringify(value) !== JSON.stringify(content[field]));
      expect(artifactVersion({ ...content, [field]: value })).not.toBe(base);
    }),
  );
});

test('a weight nudged in its last stored decimal changes the version', () => {
  const { version: _, ...content } = trainSmall();
  const weights = content.weights.map((row) => [...row] as typeof row);
  (weights[3] as number[])[2] = ((weights[3] as number[])[2] as number) + 0.001;
  expect(artifactVersion({ ...content, weights })).not.toBe(artifactVersion(content));
});

test('training leaves its input examples untouched, corruption included', () => {
  const before = JSON.stringify(small);
  trainSmall({ corruptLabels: 0.5 });
  expect(JSON.stringify(small)).toBe(before);
});
