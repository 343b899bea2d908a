import { check } from '../../harness/InvariantViolation.js';
import { CLINIC_ROSTER } from '../../models/clinicRoster.js';
import type { StaffMember } from '../../system/index.js';
import type { ClinicMemory } from './runClinicTrace.js';

/** The staff lookup lists every nurse and charge nurse by name, in name order, and no one else. */
export function checkStaffList(
  staff: readonly StaffMember[],
  memory: ClinicMemory,
  i: number,
): void {
  const want = CLINIC_ROSTER.flatMap((a, k) =>
    a.role === 'patient' ? [] : [{ userId: memory.actors[k]!.userId, name: a.name, role: a.role }],
  ).sort((a, b) => (a.name < b.name ? -1 : 1));
  check(
    JSON.stringify(staff) === JSON.stringify(want),
    'names',
    i,
    () => `the staff list is ${JSON.stringify(staff)}, the model says ${JSON.stringify(want)}`,
    () => ({ expected: want, actual: staff }),
  );
}
