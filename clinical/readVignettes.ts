import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Vignette } from './Vignette.js';

/** The folder of the reference set, from the repository's root. */
export const VIGNETTES_DIR = join(import.meta.dirname, 'vignettes');

/** The two parts of the reference set: tune on `dev`, judge on `locked`. */
export type SetPart = 'dev' | 'locked';

/** The path of a part's JSONL file. */
export const partPath = (part: SetPart): string => join(VIGNETTES_DIR, `${part}.jsonl`);

/**
 * Reads one part of the reference set, one vignette a line.
 * WARNING: throws, naming the line, on anything that is not a vignette: the set is evidence,
 * and a silently skipped line is a silently dropped emergency.
 */
export function readVignettes(part: SetPart): Vignette[] {
  return parseVignettes(readFileSync(partPath(part), 'utf8'), part);
}

/** Parses JSONL text of vignettes; `source` names it in errors. */
export function parseVignettes(text: string, source: string): Vignette[] {
  const out: Vignette[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = Vignette.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`${source}:${i + 1}: not a vignette: ${parsed.error.message}`);
    out.push(parsed.data);
  });
  return out;
}

/** The sha256 of a part's file as committed, bytes as they are. */
export const partSha256 = (part: SetPart): string =>
  createHash('sha256')
    .update(readFileSync(partPath(part)))
    .digest('hex');
