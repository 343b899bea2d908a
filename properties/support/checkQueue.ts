import type { ClinicStep } from '../../models/clinicStep.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { Queue } from '../../system/index.js';
import { check } from './InvariantViolation.js';
import type { ClinicMemory } from './runClinicTrace.js';

/** The queue shows exactly the cases its filters select, most urgent first, then longest waiting. */
export function checkQueue(
  step: Extract<ClinicStep, { type: 'READ_QUEUE' }>,
  queue: Queue,
  world: ClinicWorld,
  memory: ClinicMemory,
  i: number,
): void {
  const expected = world.cases.flatMap((c, k) =>
    (step.status === null || c.state === step.status) &&
    (step.acuity === null || c.acuity === step.acuity) &&
    (step.assignee === null || c.assignee === step.assignee)
      ? [memory.cases[k]!]
      : [],
  );
  const shown = queue.cases.map((c) => c.id as string);
  check(
    JSON.stringify([...shown].sort()) === JSON.stringify([...expected].sort()),
    'queue',
    i,
    () =>
      `the queue shows ${JSON.stringify(shown)}, the filters select ${JSON.stringify(expected)}`,
  );
  const keys = queue.cases.map((c) => [c.acuity, c.createdAt] as const);
  const sorted = keys.every(
    (k, j) =>
      j === 0 || keys[j - 1]![0] < k[0] || (keys[j - 1]![0] === k[0] && keys[j - 1]![1] <= k[1]),
  );
  check(
    sorted,
    'queue',
    i,
    () => `the queue is not ordered by acuity, then waiting time: ${JSON.stringify(keys)}`,
  );
}
