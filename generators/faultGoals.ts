import type { GoalSet } from '../harness/GoalSet.js';
import { type ModelGoal, modelGoals } from '../harness/modelGoals.js';
import type { WorldModel } from '../harness/WorldModel.js';
import type { FaultStep } from '../models/faultStep.js';
import { type FaultVerdict, type FaultWorld, faultWorld } from '../models/faultWorld.js';

/** The fault world, and the write index of the fault armed (null: none armed). */
interface ArmedWorld {
  world: FaultWorld;
  write: number | null;
}

type Goal = ModelGoal<ArmedWorld, FaultStep, FaultVerdict>;

/** The largest write index the fault walk arms (its payload's bound): past it is the commit. */
const LAST_WRITE = 6;

const faulted = (type: FaultStep['type']): Goal => ({
  name: `a ${type.toLowerCase().replaceAll('_', ' ')} failed under a store fault`,
  kind: 'goal',
  reached: ({ verdict }) => verdict.kind === 'faulted' && verdict.sends?.type === type,
});

/**
 * The fault property's goals, in the model's terms: the same idempotency key reused (a retry
 * answered from its first answer, again and again, after the clock moved, of a refusal), a
 * failed command retried into running, faults at the first write and at the last one, and a
 * fault striking each kind of command.
 */
export const FAULT_GOALS: readonly Goal[] = [
  {
    name: 'a retry answered from the first answer',
    kind: 'goal',
    reached: ({ verdict }) => verdict.kind === 'replayed',
  },
  {
    name: 'a retry of a refused command answered from its refusal',
    kind: 'goal',
    reached: ({ verdict }) => verdict.kind === 'replayed' && !verdict.accepted,
  },
  {
    name: 'a failed command retried into running',
    kind: 'goal',
    reached: ({ before, step, verdict }) =>
      step.type === 'RETRY' && verdict.kind === 'command' && before.world.last?.committed === null,
  },
  {
    name: 'a fault at the first write',
    kind: 'boundary',
    reached: ({ before, verdict }) => verdict.kind === 'faulted' && before.write === 0,
  },
  {
    name: `a fault at write ${LAST_WRITE}, the last one armed`,
    kind: 'boundary',
    reached: ({ before, verdict }) => verdict.kind === 'faulted' && before.write === LAST_WRITE,
  },
  faulted('SEND_MESSAGE'),
  faulted('START'),
  faulted('CLOSE'),
  faulted('READ_HISTORY'),
];

/**
 * The fault world with the write its armed fault strikes at (the model needs only that one is
 * armed): a fault's write index is what the boundary goals are about.
 */
const armedWrite: WorldModel<ArmedWorld, FaultStep, FaultVerdict> = {
  init: () => ({ world: faultWorld.init(), write: null }),
  judge: (w, step) => faultWorld.judge(w.world, step),
  apply: (w, step, verdict) => ({
    world: faultWorld.apply(w.world, step, verdict),
    write: step.type === 'STORE_FAULT' ? step.write : verdict.kind === 'faulted' ? null : w.write,
  }),
  print: faultWorld.print,
};

/** The fault property's sometimes-goals, judged on the fault world model. */
export const faultGoals: GoalSet<FaultStep> = modelGoals(armedWrite, FAULT_GOALS);
