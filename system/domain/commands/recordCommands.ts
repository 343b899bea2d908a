import { z } from 'zod';
import { EscalationId } from '../escalation.js';
import { CaseId } from '../reviewCase.js';
import { authenticated } from './envelope.js';

/**
 * A nurse reads the conversation behind a case or an escalation: the patient's own words,
 * which they need to judge it. Audited as a patient-record read (FHIR BALP "PatientRead").
 */
export const ReadConversation = z.object({
  type: z.literal('readConversation'),
  about: z.union([
    z.object({ caseId: CaseId }).strict(),
    z.object({ escalationId: EscalationId }).strict(),
  ]),
  ...authenticated,
});

/** Lists the escalations not yet resolved, most urgent and most overdue first. */
export const ReadEscalations = z.object({ type: z.literal('readEscalations'), ...authenticated });

/** Lists the nurses and charge nurses by name: whom a case can be reassigned to. */
export const ListStaff = z.object({ type: z.literal('listStaff'), ...authenticated });

/** Lists the signed-in patient's own conversations, newest first, on any device. */
export const ListConversations = z.object({
  type: z.literal('listConversations'),
  ...authenticated,
});
