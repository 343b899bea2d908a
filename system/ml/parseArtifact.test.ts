import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_HYPER_PARAMETERS } from './hyperParameters.js';
import { parseArtifact } from './parseArtifact.js';
import { trainClassifier } from './trainClassifier.js';

const artifact = trainClassifier(
  [
    { text: 'not breathing', acuity: 1, family: 'breathing_difficulty' },
    { text: 'runny nose', acuity: 5, family: null },
  ],
  { seed: 3, heldOut: [], hyperParameters: { ...DEFAULT_HYPER_PARAMETERS, minFeatureCount: 1 } },
);
const stored = (): Record<string, unknown> => JSON.parse(JSON.stringify(artifact));

test('an edited artifact is refused: its version no longer matches its content', () => {
  const edited = stored();
  edited.bias = [9, 0, 0, 0, 0];
  const result = parseArtifact(edited);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.error).toMatch(/hashes to lr-/);
});

test('a malformed artifact is refused with the schema error, not thrown', () => {
  const truncated = stored();
  truncated.weights = [];
  expect(parseArtifact(truncated).ok).toBe(false);
  expect(parseArtifact('not an artifact').ok).toBe(false);
  expect(parseArtifact(null).ok).toBe(false);
});

// Why 1.5 MB: every version is committed, so its size is paid in the history for good; the
// corpus of 12k messages needs ~20k features (words, pairs, 4-grams) once weak ones are pruned.
test('every committed artifact verifies and stays within the 1.5 MB budget', () => {
  const folder = new URL('../../artifacts/', import.meta.url);
  const names = readdirSync(folder).filter((n) => n.endsWith('.json'));
  expect(names.length).toBeGreaterThanOrEqual(2);
  for (const name of names) {
    const text = readFileSync(new URL(name, folder), 'utf8');
    expect(text.length).toBeLessThan(1_500_000);
    const parsed = parseArtifact(JSON.parse(text));
    expect(parsed.ok && `${parsed.value.version}.json`).toBe(name);
  }
});
