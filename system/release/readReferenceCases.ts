import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ReferenceCase } from './ReferenceCase.js';

// The vignette file's own shape, read for the fields a release is judged on.
const Line = z.object({
  id: z.string(),
  text: z.string(),
  family: z.string(),
  expected: z.enum(['escalate', 'no_escalate']),
  acuity: z.union([z.literal(1), z.literal(2)]).nullable(),
});

/**
 * Reads a reference set from a vignette file (one JSON object a line). Throws on a line that
 * does not parse: a release gate on a half-read set would judge on less than it says.
 */
export function readReferenceCases(path: string): ReferenceCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Line.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      const { id, text, family, expected, acuity } = parsed.data;
      return ReferenceCase.parse({ id, text, family, escalate: expected === 'escalate', acuity });
    });
}
