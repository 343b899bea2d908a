import fc from 'fast-check';
import type { Trace } from '../generators/machineWalk.js';
import { ALL_STATEMENTS } from '../generators/statements/allStatements.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { createSystem, type ModelServer, seededIds, VirtualClock } from '../system/index.js';
import { MetamorphicStep, RELATIONS } from './support/metamorphic/MetamorphicStep.js';
import { metamorphicCase } from './support/metamorphic/metamorphicCase.js';
import { METAMORPHIC_VARIANTS } from './support/metamorphic/metamorphicVariants.js';
import { runMetamorphicTrace } from './support/metamorphic/runMetamorphicTrace.js';
import { signUpPatient, TEST_PASSWORD_COST } from './support/signUp.js';

const step: fc.Arbitrary<MetamorphicStep> = fc.record({
  relation: fc.constantFrom(...RELATIONS),
  statement: fc.nat({ max: ALL_STATEMENTS.length - 1 }),
  others: fc.array(fc.nat({ max: ALL_STATEMENTS.length - 1 }), { maxLength: 3 }),
  relative: fc.nat({ max: 63 }),
  benign: fc.array(fc.nat({ max: 255 }), { maxLength: 6 }),
  at: fc.nat({ max: 255 }),
  edits: fc.array(fc.nat({ max: 4095 }), { maxLength: 8 }),
});

/**
 * Metamorphic triage (issue 15.4): for red-flag statements of the generators' own bank, a
 * padded, buried, relative-written, misspelt, disguised, joined or extended message is never
 * less urgent than its source, and a denied, past, family-history or hypothetical form does
 * not escalate. The triage is the system as a patient meets it, through its public commands.
 */
export const metamorphicProperty: PropertyDefinition<MetamorphicStep> = {
  name: 'metamorphic',
  trace: (maxSteps) =>
    fc.array(step, { maxLength: maxSteps, size: 'max' }).map(
      (steps): Trace<MetamorphicStep> => ({
        steps,
        toString: () => steps.map((s) => metamorphicProperty.print(s)).join('\n'),
      }),
    ),
  print: (s) => `${s.relation} ${JSON.stringify(metamorphicCase(s).texts.at(-1))}`,
  stepSchema: MetamorphicStep,
  machines: [],
  variants: Object.keys(METAMORPHIC_VARIANTS),
  defaultMaxSteps: 20,
  runner(variant) {
    const broken = variant === undefined ? undefined : METAMORPHIC_VARIANTS[variant];
    if (variant !== undefined && !broken) throw new Error(`no variant "${variant}" of metamorphic`);
    const system = createSystem({
      clock: new VirtualClock(),
      ids: seededIds(5),
      config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
      ...(broken ? { redFlagRules: [], modelServer: broken.modelServer as ModelServer } : {}),
    });
    const patient = signUpPatient(system, 'metamorphic.patient');
    return {
      run: async (steps, probe) =>
        runMetamorphicTrace(steps, system, await patient, probe, broken?.relation),
      close: () => {},
    };
  },
};
