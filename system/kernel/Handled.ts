import type { AuditAction } from '../domain/auditEvent.js';
import type { CommandError } from '../domain/commandError.js';
import type { Result } from '../domain/result.js';

/** A handler's answer and what its audit event must say about it. */
export interface Handled<T> {
  result: Result<T, CommandError>;
  action: AuditAction;
  /** The FHIR-style reference of the entity acted on, e.g. `Conversation/conv_1`. */
  entity: string;
  /** Who acted, when it is not the session's user (sign-up, sign-in). */
  agent?: string;
  agentRole?: string;
  /**
   * Emergency advice to give even when the command is refused: a message refused for any
   * reason whose text shows a red flag must not hide the emergency from the patient.
   */
  emergencyAdvice?: string;
  /** Set when a nurse broke the glass: audited as purpose of use "BTG" with the reason. */
  breakGlassReason?: string;
  /**
   * Set only by a pass of the system's timers that found nothing due and changed nothing: it
   * appends no audit event (86,400 events a day of nothing would bury the record).
   */
  nothingHappened?: true;
}
