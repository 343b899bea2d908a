import { z } from 'zod';
import { BROWSER_ROSTER } from './browserRoster.js';

/**
 * One click-through on a dashboard: which staff member's tab acts on the run's one case, and
 * how they fill the form (for a reassignment, to whom; for a decision, break-glass and advice).
 */
export const BrowserStep = z.object({
  type: z.enum(['CLAIM', 'RELEASE', 'REASSIGN', 'APPROVE', 'REJECT', 'MODIFY']),
  actor: z.number().int().min(0).max(2),
  to: z
    .number()
    .int()
    .min(0)
    .max(BROWSER_ROSTER.length - 1)
    .nullable(),
  breakGlass: z.boolean(),
  advice: z.boolean(),
});
export type BrowserStep = z.infer<typeof BrowserStep>;

/** A step as one line of a script: `approve(n1, break-glass)`, `reassign(cn -> p0)`. */
export function printBrowserStep(step: BrowserStep): string {
  const actor = BROWSER_ROSTER[step.actor]?.name;
  switch (step.type) {
    case 'CLAIM':
    case 'RELEASE':
      return `${step.type.toLowerCase()}(${actor})`;
    case 'REASSIGN':
      return `reassign(${actor} -> ${BROWSER_ROSTER[step.to ?? 0]?.name})`;
    default: {
      const flags = [step.breakGlass ? 'break-glass' : '', step.advice ? 'with advice' : '']
        .filter(Boolean)
        .map((f) => `, ${f}`)
        .join('');
      return `${step.type.toLowerCase()}(${actor}${flags})`;
    }
  }
}
