import { check } from '../../harness/InvariantViolation.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { ClinicMemory } from './runClinicTrace.js';

/**
 * The scheduler's tick answers with exactly the escalations whose SLA the model says expired
 * (invariant 5): what it re-escalated, none left out and none made up.
 */
export function checkTimers(
  value: { reEscalated?: readonly string[] } | undefined,
  before: ClinicWorld,
  after: ClinicWorld,
  memory: ClinicMemory,
  i: number,
): void {
  const want = after.escalations.flatMap((e, k) =>
    e.reEscalations > before.escalations[k]!.reEscalations ? [memory.escalations[k]!] : [],
  );
  const got = [...(value?.reEscalated ?? [])];
  check(
    JSON.stringify(got.sort()) === JSON.stringify(want.sort()),
    '5',
    i,
    () => `the tick re-escalated ${JSON.stringify(got)}, the model says ${JSON.stringify(want)}`,
  );
}
