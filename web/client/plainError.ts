import type { CommandError } from '../../system/index.js';
import type { ClientError } from './callCommand.js';

/** Who is named in an error, by user id: so a refusal says "Nina", never `usr_l6VF...`. */
export type NameOf = (userId: string | null) => string;

const kind = (entity: string): 'case' | 'escalation' | 'conversation' | 'record' =>
  entity.startsWith('Case/')
    ? 'case'
    : entity.startsWith('Escalation/')
      ? 'escalation'
      : entity.startsWith('Conversation/')
        ? 'conversation'
        : 'record';

/**
 * A refusal or failure as a nurse or patient would say it, with what to do next. The code
 * stays in the page's `data-code` for tests and support; the words never show ids.
 */
export function plainError(
  error: CommandError | ClientError,
  nameOf: NameOf = () => 'someone else',
): string {
  switch (error.code) {
    case 'invalid_command': {
      const fields = error.issues.map((i) => i.path).filter(Boolean);
      if (fields.includes('advice'))
        return 'Write the advice for the patient: a modification needs it.';
      if (
        fields.some(
          (f) => f.startsWith('reason') || f.startsWith('note') || f.startsWith('breakGlass'),
        )
      )
        return 'Give a reason of at least 3 characters.';
      if (fields.includes('outcome')) return 'Choose approve, reject or modify first.';
      if (fields.includes('birthDate'))
        return 'Give the date of birth as a real day, or leave it empty.';
      return 'Some of what was entered could not be used; check the form and try again.';
    }
    case 'unauthenticated':
      return 'Your session has ended. Sign in again.';
    case 'invalid_credentials':
      return 'Wrong username or password.';
    case 'rate_limited':
      return `Too many attempts. Try again in ${Math.ceil(error.retryAfterMs / 1000)} seconds.`;
    case 'account_locked':
      return `Too many wrong passwords: this account is locked for ${Math.ceil(error.retryAfterMs / 1000)} seconds.`;
    case 'idempotency_conflict':
      return 'That action clashed with an earlier one, so nothing was done. Please try again.';
    case 'cross_origin':
      return 'This page may not send commands to this server.';
    case 'unsupported_media_type':
    case 'invalid_encoding':
      return 'The request could not be read, so nothing was done. Reload the page and try again.';
    case 'username_taken':
      return `The username ${error.username} is taken; choose another.`;
    case 'not_found': {
      if (error.entity.startsWith('Nurse/')) return 'Choose a nurse to give the case to.';
      const what = kind(error.entity);
      return what === 'record' ? 'This record no longer exists.' : `This ${what} no longer exists.`;
    }
    case 'forbidden':
      return error.action === 'case.reassign'
        ? 'Only a charge nurse can reassign cases.'
        : error.action === 'patient.readOtherUnit'
          ? "This patient is in another unit's care: only its nurses can read their record."
          : 'Your role does not allow this.';
    case 'not_assigned':
      return `This case is with ${error.assignee ? nameOf(error.assignee) : 'nobody'}. Claim it, or break the glass with a reason to decide it.`;
    case 'invalid_state':
      return invalidState(kind(error.entity), error.status);
    case 'gate_failed':
      return `The version did not pass the release gate: ${error.reasons.join('; ')}.`;
    case 'conversation_closed':
      return 'This conversation is closed. Start a new one to send a message.';
    case 'message_empty':
      return 'Write your message first.';
    case 'message_too_long':
      return 'Your message is too long. Shorten it and send again.';
    case 'message_invalid_characters':
      return 'Your message contains characters that cannot be sent. Remove them and try again.';
    case 'unavailable':
      return 'The service could not save this; nothing changed. Try again.';
    case 'unreachable':
      return 'The server cannot be reached. Check the connection and try again.';
    case 'bad_answer':
      return 'The server gave an answer the page cannot read. Try again.';
  }
}

function invalidState(what: string, status: string): string {
  const state = status.split(' ')[0];
  if (what === 'case') {
    if (state === 'pending') return 'Claim this case first.';
    if (state === 'claimed') return 'This case is already claimed.';
    return `This case was already ${state}; it cannot change.`;
  }
  if (what === 'escalation') {
    if (state === 'acknowledged') return 'Someone already acknowledged this escalation.';
    if (state === 'resolved') return 'This escalation was already resolved.';
    if (state === 'open') return 'Acknowledge this escalation first.';
  }
  return `This cannot be done now (${status}).`;
}
