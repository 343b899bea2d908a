import type { Escalation, EscalationId } from '../domain/escalation.js';
import { ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { type Ages, agesOf } from './agesOf.js';
import { complaintOf } from './complaintOf.js';
import { type Names, namesOf } from './namesOf.js';
import { unitOf } from './unitOf.js';

/** The escalations board: every unresolved escalation, the names and complaints it shows. */
export interface EscalationBoardView {
  /** Most urgent first, then the earliest acknowledgement deadline (the most overdue). */
  escalations: Escalation[];
  names: Names;
  complaints: Record<EscalationId, string>;
  /** The patients' ages in years, for those who gave a date of birth. */
  ages: Ages;
}

/**
 * Lists the escalations not yet resolved with their current state: what a board reloaded
 * after any time shows, so that a resolved emergency never comes back as overdue. Only the
 * patients of the reader's unit.
 */
export function readEscalations(ctx: ActorContext): Handled<EscalationBoardView> {
  const escalations = ctx.store.unresolvedEscalationsIn(unitOf(ctx.store, ctx.actor.userId));
  const complaints: Record<string, string> = {};
  for (const e of escalations) complaints[e.id] = complaintOf(ctx.store, e.assessmentId);
  const names = namesOf(
    ctx.store,
    escalations.flatMap((e) => [e.patientId, e.acknowledgedBy]),
  );
  const ages = agesOf(
    ctx.store,
    escalations.map((e) => e.patientId),
    ctx.now,
  );
  return {
    result: ok({ escalations, names, complaints, ages }),
    action: 'R',
    entity: 'Escalations/unresolved',
  };
}
