/** The emergency number the pages offer to call (a `tel:` link on every emergency). */
export const EMERGENCY_NUMBER = '911';
