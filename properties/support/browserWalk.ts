import fc from 'fast-check';
import type { WalkSpec } from '../../generators/machineWalk.js';
import { BROWSER_STAFF } from './browserRoster.js';
import type { BrowserStep } from './browserStep.js';
import { type BrowserVerdict, type BrowserWorld, browserWorld } from './browserWorld.js';

const payload = fc.record({
  // Why staff only: the page offers only nurses to reassign to; a target who is no nurse is
  // refused by the server, which the clinic and http properties judge.
  to: fc.constantFrom(...BROWSER_STAFF),
  breakGlass: fc.oneof(
    { arbitrary: fc.constant(false), weight: 3 },
    { arbitrary: fc.constant(true), weight: 1 },
  ),
  advice: fc.boolean(),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

const TYPES = ['CLAIM', 'RELEASE', 'REASSIGN', 'APPROVE', 'REJECT', 'MODIFY'] as const;

/**
 * The browser walk: each staff member tries every case action from their own dashboard, with
 * the form filled as the payload says; the nurse-approval machine decides which are enabled.
 */
export const browserWalk: WalkSpec<BrowserWorld, BrowserStep, BrowserVerdict, Payload> = {
  model: browserWorld,
  payload,
  actions: TYPES,
  actionOf: (step) => step.type,
  candidates(_world, p) {
    return BROWSER_STAFF.flatMap((actor) =>
      TYPES.map((type) => ({
        type,
        actor,
        to: type === 'REASSIGN' ? p.to : null,
        breakGlass: p.breakGlass,
        advice: p.advice,
      })),
    );
  },
};
