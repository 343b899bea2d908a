/**
 * Who acts in the browser walk, by index: each staff member has a dashboard tab of their own.
 * The last entry is the patient, who only ever appears as a (refused) reassignment target.
 */
export const BROWSER_ROSTER = [
  { name: 'n0', role: 'nurse' },
  { name: 'n1', role: 'nurse' },
  { name: 'cn', role: 'charge_nurse' },
  { name: 'p0', role: 'patient' },
] as const;

/** The indices of the roster members who act through a dashboard. */
export const BROWSER_STAFF = [0, 1, 2] as const;

/** The index of the patient whose message opens the case. */
export const BROWSER_PATIENT = 3;
