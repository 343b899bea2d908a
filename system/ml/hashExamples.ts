import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonicalJson.js';
import type { LabelledExample } from './labelledExample.js';

/** The sha256 (hex) of a list of examples, in order: names the data a model was trained on. */
export function hashExamples(examples: readonly LabelledExample[]): string {
  const hash = createHash('sha256');
  for (const example of examples) hash.update(canonicalJson(example)).update('\n');
  return hash.digest('hex');
}
