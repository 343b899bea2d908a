import { machineWalk } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { approvalModel } from '../models/clinicWorld.js';
import { BrowserStep, printBrowserStep } from './support/browserStep.js';
import { browserTraceRunner } from './support/browserTraceRunner.js';
import { browserWalk } from './support/browserWalk.js';
import { CLINIC_VARIANTS } from './support/clinicVariants.js';

/** The clinic's broken systems that a walk of one case through the dashboard can catch. */
const VARIANTS = ['reassign-keeps-old-nurse', 'decision-not-terminal'] as const;

/**
 * The nurse-approval machine driving the real dashboard in headless Chromium: three staff
 * tabs claim, release, reassign and decide one case by clicking its buttons and filling its
 * forms; after every step the tab shows the answer the model expects (accepted, or refused
 * with the right code), the system holds the state the model says, and the tab shows it.
 */
export const browserWalkProperty: PropertyDefinition<BrowserStep> = {
  name: 'browser',
  trace: (maxSteps, guide) => machineWalk(browserWalk, { maxSteps, invalidRate: 0.25, guide }),
  print: printBrowserStep,
  stepSchema: BrowserStep,
  machines: [approvalModel],
  variants: [...VARIANTS],
  defaultMaxSteps: 8,
  // Why a small share: a step is a click, a command and a re-render in a real browser
  // (~0.1 s), and a run opens a case in three tabs; `npm test` makes 3 runs, `props` 30.
  runsScale: 0.03,
  runner(variant) {
    if (variant !== undefined && !(VARIANTS as readonly string[]).includes(variant))
      throw new Error(`no variant "${variant}" of browser`);
    return browserTraceRunner(variant === undefined ? undefined : CLINIC_VARIANTS[variant]);
  },
};
