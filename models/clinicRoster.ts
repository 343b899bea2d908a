/** Who is in the clinic world, by index: two patients, two nurses and a charge nurse. */
export const CLINIC_ROSTER = [
  { name: 'p0', role: 'patient' },
  { name: 'p1', role: 'patient' },
  { name: 'n0', role: 'nurse' },
  { name: 'n1', role: 'nurse' },
  { name: 'cn', role: 'charge_nurse' },
] as const;

export type RosterRole = (typeof CLINIC_ROSTER)[number]['role'];

/** The indices of the patients of the roster. */
export const PATIENTS = CLINIC_ROSTER.flatMap((a, i) => (a.role === 'patient' ? [i] : []));

/** Whether an actor may act on escalations and cases at all. */
export const isStaff = (actor: number): boolean => CLINIC_ROSTER[actor]?.role !== 'patient';

/** Whether an actor is a charge nurse. */
export const isCharge = (actor: number): boolean => CLINIC_ROSTER[actor]?.role === 'charge_nurse';

/** The acknowledgement SLA the clinic world runs with, by acuity (the system's defaults). */
export const CLINIC_SLA_MS = { 1: 2 * 60_000, 2: 10 * 60_000 } as const;

/** The acuity each kind of message is triaged at by the baseline model, and what it opens. */
export const MESSAGE_ACUITY = { emergency1: 1, emergency2: 2, review: 3, routine: 4 } as const;

/** How much of a patient's message a board row previews: the first 200 characters. */
export const COMPLAINT_PREVIEW_CHARS = 200;
