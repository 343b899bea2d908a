import type { Escalation, EscalationId } from '../domain/escalation.js';
import { ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { complaintOf } from './complaintOf.js';
import { type Names, namesOf } from './namesOf.js';

/** The escalations board: every unresolved escalation, the names and complaints it shows. */
export interface EscalationBoardView {
  /** Most urgent first, then the earliest acknowledgement deadline (the most overdue). */
  escalations: Escalation[];
  names: Names;
  complaints: Record<EscalationId, string>;
}

/**
 * Lists the escalations not yet resolved with their current state: what a board reloaded
 * after any time shows, so that a resolved emergency never comes back as overdue.
 */
export function readEscalations(ctx: ActorContext): Handled<EscalationBoardView> {
  const escalations = ctx.store.unresolvedEscalations();
  const complaints: Record<string, string> = {};
  for (const e of escalations) complaints[e.id] = complaintOf(ctx.store, e.assessmentId);
  const names = namesOf(
    ctx.store,
    escalations.flatMap((e) => [e.patientId, e.acknowledgedBy]),
  );
  return {
    result: ok({ escalations, names, complaints }),
    action: 'R',
    entity: 'Escalations/unresolved',
  };
}
