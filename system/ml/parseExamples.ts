import { LabelledExample } from './labelledExample.js';

/**
 * Reads a JSON Lines dataset (one `{ text, acuity, family }` a line, blank lines ignored).
 * WARNING: throws on the first malformed line, naming it: a broken dataset is a bug to fix,
 * never something to train around.
 */
export function parseExamples(jsonl: string, source = 'dataset'): LabelledExample[] {
  const examples: LabelledExample[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not JSON`);
    }
    const parsed = LabelledExample.safeParse(raw);
    if (!parsed.success) throw new Error(`${source}:${i + 1}: ${parsed.error.message}`);
    examples.push(parsed.data);
  });
  return examples;
}
