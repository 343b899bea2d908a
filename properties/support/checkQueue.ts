import { check } from '../../harness/InvariantViolation.js';
import { CLINIC_ROSTER, COMPLAINT_PREVIEW_CHARS } from '../../models/clinicRoster.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { Queue } from '../../system/index.js';
import { CLINIC_TEXTS } from './clinicTexts.js';
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
  // Each row names its patient and assignee and previews the complaint that opened the case.
  const rows = queue.cases.map((c) => ({
    patient: queue.names[c.patientId] ?? null,
    assignee: c.assignee === null ? null : (queue.names[c.assignee] ?? null),
    complaint: queue.complaints[c.id] ?? null,
  }));
  const wantRows = queue.cases.map((c) => {
    const k = memory.cases.indexOf(c.id);
    const model = world.cases[k];
    return {
      patient: model ? CLINIC_ROSTER[model.patient]!.name : null,
      assignee: model?.assignee == null ? null : CLINIC_ROSTER[model.assignee]!.name,
      complaint: CLINIC_TEXTS.review.slice(0, COMPLAINT_PREVIEW_CHARS),
    };
  });
  check(
    JSON.stringify(rows) === JSON.stringify(wantRows),
    'names',
    i,
    () =>
      `the queue's rows read ${JSON.stringify(rows)}, the model says ${JSON.stringify(wantRows)}`,
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
