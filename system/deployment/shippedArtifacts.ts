import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An artifact file as read from disk, unverified: tests edit copies of it. */
export type RawArtifact = { version: string; labelCorruption: number; metrics: object };

/**
 * The artifacts shipped in `artifacts/`: the clean one and the one trained on corrupted
 * labels. Why found rather than named: every retraining renames them (a name is a hash).
 */
export function shippedArtifacts(folder = 'artifacts'): {
  good: RawArtifact;
  corrupted: RawArtifact;
} {
  const raws = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as RawArtifact);
  const good = raws.find((a) => a.labelCorruption === 0);
  const corrupted = raws.find((a) => a.labelCorruption > 0);
  if (!good || !corrupted) throw new Error(`${folder} needs a clean and a corrupted artifact`);
  return { good, corrupted };
}
