import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { EvalResult } from './runEval.js';

/** What one configuration has reached on the locked part, and may never fall below. */
export const EvalFloor = z.object({
  /** The locked emergencies it is allowed to miss: every other one must stay caught. */
  misses: z.array(z.string()),
  /** The most benign locked messages it may escalate. */
  maxOverTriaged: z.int().min(0),
  /** The most locked emergencies it may tell to look after themselves. */
  maxToldSelfCare: z.int().min(0),
});
export type EvalFloor = z.infer<typeof EvalFloor>;

/** Floors by configuration name. */
export const EvalFloors = z.record(z.string(), EvalFloor);
export type EvalFloors = z.infer<typeof EvalFloors>;

/** Where the committed floors live. */
export const FLOORS_PATH = join(import.meta.dirname, 'evalFloors.json');

/** Reads the committed floors. */
export const readFloors = (path = FLOORS_PATH): EvalFloors =>
  existsSync(path) ? EvalFloors.parse(JSON.parse(readFileSync(path, 'utf8'))) : {};

/** The floor a result sets: exactly what it reached. */
export const floorOf = (r: EvalResult): EvalFloor => ({
  misses: r.figures.misses.map((m) => m.id).sort(),
  maxOverTriaged: r.figures.overTriaged.length,
  maxToldSelfCare: r.figures.emergenciesToldSelfCare,
});

/**
 * How locked-part results break their floors (the ratchet): a newly missed emergency, by
 * name; more benign messages escalated; more emergencies told self-care; a configuration with
 * no floor. `stale` lists where a result beats its floor, so the floor must be raised.
 */
export function checkFloors(
  results: readonly EvalResult[],
  floors: EvalFloors,
): { broken: string[]; stale: string[] } {
  const broken: string[] = [];
  const stale: string[] = [];
  for (const r of results.filter((x) => x.part === 'locked')) {
    const floor = floors[r.configuration];
    if (!floor) {
      broken.push(`${r.configuration}: no floor (npm run eval -- --write-floors)`);
      continue;
    }
    const reached = floorOf(r);
    const allowed = new Set(floor.misses);
    for (const m of r.figures.misses.filter((x) => !allowed.has(x.id))) {
      broken.push(
        `${r.configuration}: newly misses ${m.id} (${m.family}, needs acuity ${m.required}, got ${m.got})`,
      );
    }
    if (reached.maxOverTriaged > floor.maxOverTriaged)
      broken.push(
        `${r.configuration}: escalates ${reached.maxOverTriaged} benign messages, floor ${floor.maxOverTriaged}`,
      );
    if (reached.maxToldSelfCare > floor.maxToldSelfCare)
      broken.push(
        `${r.configuration}: tells ${reached.maxToldSelfCare} emergencies self-care, floor ${floor.maxToldSelfCare}`,
      );
    const caughtNow = floor.misses.filter((id) => !reached.misses.includes(id));
    if (
      caughtNow.length > 0 ||
      reached.maxOverTriaged < floor.maxOverTriaged ||
      reached.maxToldSelfCare < floor.maxToldSelfCare
    )
      stale.push(
        `${r.configuration}: beats its floor (now catches ${caughtNow.join(', ') || 'no new one'})`,
      );
  }
  return { broken, stale };
}

/**
 * Writes the floors the results reach. WARNING: refuses to lower an existing floor unless
 * `lower` is set, so that loosening the ratchet is a deliberate, reviewed act.
 */
export function writeFloors(
  results: readonly EvalResult[],
  { lower = false, path = FLOORS_PATH }: { lower?: boolean; path?: string } = {},
): EvalFloors {
  const previous = readFloors(path);
  const locked = results.filter((r) => r.part === 'locked');
  if (!lower) {
    const { broken } = checkFloors(locked, previous);
    const lowered = broken.filter((b) => !b.endsWith('(npm run eval -- --write-floors)'));
    if (lowered.length > 0)
      throw new Error(
        `would lower the floors (pass --lower-floors to mean it):\n${lowered.join('\n')}`,
      );
  }
  const floors = Object.fromEntries(locked.map((r) => [r.configuration, floorOf(r)]));
  writeFileSync(path, `${JSON.stringify(floors, null, 2)}\n`);
  return floors;
}
