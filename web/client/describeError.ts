import type { CommandError } from '../../system/index.js';
import type { ClientError } from './callCommand.js';

/**
 * A refusal or failure as one sentence for the alert region, always naming its code so a
 * nurse can quote it and a test can find it.
 */
export function describeError(error: CommandError | ClientError): string {
  const text = explain(error);
  return `Refused (${error.code}): ${text}`;
}

function explain(error: CommandError | ClientError): string {
  switch (error.code) {
    case 'invalid_command':
      return error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    case 'unauthenticated':
      return `your session is ${error.reason === 'unknown' ? 'not known' : error.reason}; sign in again.`;
    case 'invalid_credentials':
      return 'wrong username or password.';
    case 'rate_limited':
      return `too many attempts; try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`;
    case 'account_locked':
      return `too many wrong passwords; this account is locked for ${Math.ceil(error.retryAfterMs / 1000)} s.`;
    case 'username_taken':
      return `the username ${error.username} is taken.`;
    case 'not_found':
      return `${error.entity} was not found.`;
    case 'forbidden':
      return `your role may not do this (${error.action} on ${error.entity}).`;
    case 'not_assigned':
      return `${error.entity} is assigned to ${error.assignee ?? 'nobody'}, not to you; a decision then needs break-glass.`;
    case 'invalid_state':
      return `${error.entity} is ${error.status}.`;
    case 'gate_failed':
      return `${error.entity} did not pass the gate: ${error.reasons.join('; ')}.`;
    case 'conversation_closed':
      return 'this conversation is closed; start a new one.';
    case 'message_empty':
      return 'the message is empty.';
    case 'message_too_long':
      return 'the message is too long.';
    case 'message_invalid_characters':
      return 'the message contains characters that cannot be stored.';
    case 'idempotency_conflict':
      return `this action reused the key of an earlier ${error.firstType}; nothing was done. Try again.`;
    case 'cross_origin':
      return `this page (${error.origin}) may not send commands to this server.`;
    case 'unsupported_media_type':
      return `the request was sent as ${error.contentType || 'no content type'}, not as JSON.`;
    case 'invalid_encoding':
      return 'the request was not valid UTF-8 text.';
    case 'unavailable':
      return 'the service could not store this; nothing changed. Try again.';
    case 'unreachable':
      return `the server could not be reached (${error.message}).`;
    case 'bad_answer':
      return `the server answered ${error.status} without a usable answer.`;
  }
}
