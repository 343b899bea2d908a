import { check } from '../../harness/InvariantViolation.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { CommandError } from '../../system/index.js';
import { idOf } from './clinicCommand.js';
import type { ClinicMemory } from './runClinicTrace.js';

/**
 * A refusal the model predicted carries the context a client needs to act on it: what was
 * not found, who holds what the actor may not touch, which state stood in the way, which
 * actor was denied, which field was missing. `world` is the model's world before the step.
 */
export function checkRefusal(
  step: ClinicStep,
  world: ClinicWorld,
  error: CommandError,
  memory: ClinicMemory,
  i: number,
): void {
  if (!('actor' in step)) return;
  const actor = memory.actors[step.actor]!.userId;
  const target = targetOf(step, world, memory);
  const context = (() => {
    switch (error.code) {
      case 'forbidden':
        return { ok: error.actor === actor, want: { actor } };
      case 'not_found': {
        // An unknown escalation or case, else (for a reassignment) a target who is no nurse.
        const missing =
          target?.state === undefined
            ? target?.id
            : step.type === 'REASSIGN'
              ? memory.actors[step.to]!.userId
              : undefined;
        return {
          ok: missing !== undefined && error.entity.includes(missing),
          want: { entity: `.../${missing}` },
        };
      }
      case 'not_assigned': {
        const holder = target?.holder ?? null;
        const assignee = holder === null ? null : memory.actors[holder]!.userId;
        return {
          ok: error.actor === actor && error.assignee === assignee,
          want: { actor, assignee },
        };
      }
      case 'invalid_state': {
        const status = target?.state?.split('.')[0] ?? '?';
        return { ok: error.status.includes(status), want: { status: `...${status}...` } };
      }
      case 'invalid_command': {
        // The model refuses a command as malformed only for a modification without advice.
        const named = error.issues.some((issue) => issue.path === 'advice' && issue.message !== '');
        return { ok: named, want: { issues: [{ path: 'advice', message: '...' }] } };
      }
      default:
        return { ok: true, want: {} };
    }
  })();
  check(
    context.ok,
    'model',
    i,
    () =>
      `refused with ${JSON.stringify(error)}, which should name ${JSON.stringify(context.want)}`,
  );
}

/** What a step acts on, as the model sees it: its id, state and holder (undefined if unknown). */
function targetOf(
  step: ClinicStep,
  world: ClinicWorld,
  memory: ClinicMemory,
): { id: string; state: string | undefined; holder: number | null } | undefined {
  if (step.type === 'READ_CONVERSATION') {
    const escalation = step.about === 'escalation';
    const id = idOf(
      escalation ? memory.escalations : memory.cases,
      step.index,
      escalation ? 'e' : 'k',
    );
    const record = escalation ? world.escalations[step.index] : world.cases[step.index];
    return { id, state: record?.state, holder: null };
  }
  if ('escalation' in step) {
    const e = world.escalations[step.escalation];
    const id = idOf(memory.escalations, step.escalation, 'e');
    return { id, state: e?.state, holder: e?.acknowledger ?? null };
  }
  if ('case' in step) {
    const c = world.cases[step.case];
    const id = idOf(memory.cases, step.case, 'k');
    return { id, state: c?.state, holder: c?.assignee ?? null };
  }
  return undefined;
}
