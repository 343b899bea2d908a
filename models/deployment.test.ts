import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stepDirectly } from '../harness/compileMachine.js';
import { DEPLOYMENT_EVENTS, deploymentMachine } from './deployment.js';
import { BREAKER_EVENTS, breakerMachine } from './deploymentBreaker.js';
import { deploymentModel } from './deploymentLifecycle.js';
import { breakerModel } from './deploymentServing.js';

// Why these tests: the world and the walk trust the compiled tables instead of XState; they
// must agree with the machines on every path.
test('the compiled deployment and breaker machines agree with XState on random walks', () => {
  for (const [compiled, machine, events] of [
    [deploymentModel, deploymentMachine, DEPLOYMENT_EVENTS],
    [breakerModel, breakerMachine, BREAKER_EVENTS],
  ] as const) {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 30 }), (path) => {
        const states = [compiled.initial];
        for (const event of path)
          states.push(compiled.step(states[states.length - 1]!, event as never).to);
        expect(states).toEqual(stepDirectly(machine, path));
      }),
      { numRuns: 300, seed: 1 },
    );
  }
});

test('the deployment machine has the lifecycle the registry promises', () => {
  const canary = ['canary.w10', 'canary.w25', 'canary.w50'];
  expect([...deploymentModel.edges].sort()).toEqual(
    [
      'registered --VALIDATE--> validated',
      'validated --STAGE--> staging',
      'staging --START_CANARY--> canary.w10',
      'staging --ABORT--> aborted',
      'canary.w10 --INCREASE--> canary.w25',
      'canary.w25 --INCREASE--> canary.w50',
      ...canary.flatMap((c) => [
        `${c} --PROMOTE--> production`,
        `${c} --ABORT--> aborted`,
        `${c} --ANALYSIS_FAILED--> aborted`,
      ]),
      'production --ARCHIVE--> archived',
      'production --ROLLBACK--> rolledBack',
      'archived --RESTORE--> production',
    ].sort(),
  );
});
