import { setup } from 'xstate';

/**
 * A model version's events, abstracted to what decides the outcome. `gatePasses` is whether
 * the promotion gate passes the version's metrics under the policy in force; `rolloutFree`
 * whether no other version is staged or in canary; `hasPrevious` whether a production this
 * one replaced is there to restore. ANALYSIS_FAILED (the canary analysis, a timer), ARCHIVE
 * (another version promoted) and RESTORE (a rollback of the version that replaced this one)
 * are the system's own moves.
 */
export type DeploymentEvent =
  | { type: 'VALIDATE'; gatePasses: boolean }
  | { type: 'STAGE'; rolloutFree: boolean }
  | { type: 'START_CANARY' }
  | { type: 'INCREASE' }
  | { type: 'PROMOTE' }
  | { type: 'ABORT' }
  | { type: 'ANALYSIS_FAILED' }
  | { type: 'ARCHIVE' }
  | { type: 'ROLLBACK'; hasPrevious: boolean }
  | { type: 'RESTORE' };

/**
 * The reference lifecycle of a model version: registered, validated only through the gate,
 * staged (one rollout at a time), a canary through its weight steps (10, 25, 50 percent),
 * production, archived when replaced and restored by a rollback; a rollout may be aborted by
 * hand or by the canary analysis, and a production version may be rolled back.
 */
export const deploymentMachine = setup({
  types: { events: {} as DeploymentEvent },
  guards: {
    gatePasses: ({ event }) => event.type === 'VALIDATE' && event.gatePasses,
    rolloutFree: ({ event }) => event.type === 'STAGE' && event.rolloutFree,
    hasPrevious: ({ event }) => event.type === 'ROLLBACK' && event.hasPrevious,
  },
}).createMachine({
  id: 'deployment',
  initial: 'registered',
  states: {
    registered: { on: { VALIDATE: { guard: 'gatePasses', target: 'validated' } } },
    validated: { on: { STAGE: { guard: 'rolloutFree', target: 'staging' } } },
    staging: { on: { START_CANARY: { target: 'canary' }, ABORT: { target: 'aborted' } } },
    canary: {
      initial: 'w10',
      on: {
        PROMOTE: { target: 'production' },
        ABORT: { target: 'aborted' },
        ANALYSIS_FAILED: { target: 'aborted' },
      },
      states: {
        w10: { on: { INCREASE: { target: 'w25' } } },
        w25: { on: { INCREASE: { target: 'w50' } } },
        // The last step: only promotion or an abort leave it.
        w50: {},
      },
    },
    production: {
      on: {
        ARCHIVE: { target: 'archived' },
        ROLLBACK: { guard: 'hasPrevious', target: 'rolledBack' },
      },
    },
    archived: { on: { RESTORE: { target: 'production' } } },
    aborted: {},
    rolledBack: {},
  },
});

/** The error the system must answer with for an event the machine refuses. */
export function deploymentRejection(state: string, event: DeploymentEvent): string {
  if (state === 'registered' && event.type === 'VALIDATE') return 'gate_failed';
  return 'invalid_state';
}

/** Every abstract deployment event, for graph traversal and coverage totals. */
export const DEPLOYMENT_EVENTS: readonly DeploymentEvent[] = [
  { type: 'VALIDATE', gatePasses: true },
  { type: 'VALIDATE', gatePasses: false },
  { type: 'STAGE', rolloutFree: true },
  { type: 'STAGE', rolloutFree: false },
  { type: 'START_CANARY' },
  { type: 'INCREASE' },
  { type: 'PROMOTE' },
  { type: 'ABORT' },
  { type: 'ANALYSIS_FAILED' },
  { type: 'ARCHIVE' },
  { type: 'ROLLBACK', hasPrevious: true },
  { type: 'ROLLBACK', hasPrevious: false },
  { type: 'RESTORE' },
];

/** The canary weight of a machine state (`canary.w25` is 25), 0 outside the canary. */
export const canaryWeightOf = (state: string): number =>
  state.startsWith('canary.w') ? Number(state.slice('canary.w'.length)) : 0;
