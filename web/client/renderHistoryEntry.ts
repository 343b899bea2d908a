/// <reference lib="dom" />
import type { HistoryPage } from '../../system/index.js';
import { EMERGENCY_NUMBER } from '../emergencyNumber.js';
import { h } from './h.js';
import { localTime } from './renderConversation.js';

type Entry = HistoryPage['items'][number];

/** A tap-to-call link: one tap on a phone dials the emergency number. */
export const callLink = (): HTMLAnchorElement =>
  h('a', { class: 'call', href: `tel:${EMERGENCY_NUMBER}` }, `Call ${EMERGENCY_NUMBER} now`);

/**
 * One message and the reply the patient sees to it, with times in the patient's locale: an
 * emergency reply marked as one with a call link; advice a nurse is reviewing marked so; and
 * advice a nurse reviewed marked with who and when, so it never looks like the AI's alone.
 */
export function renderHistoryEntry(entry: Entry, now: number): HTMLLIElement {
  const { message, reply } = entry;
  const replyBlock = reply
    ? h(
        'div',
        {
          class: 'reply',
          'data-awaiting': String(reply.awaitingReview),
          'data-escalated': String(reply.escalated),
          'data-reviewed': String(reply.reviewedBy !== null),
        },
        h('p', { class: 'reply-from' }, 'MedAssist'),
        reply.escalated
          ? h('p', { class: 'badge emergency' }, 'Emergency: nurses have been alerted')
          : null,
        reply.awaitingReview
          ? h(
              'p',
              { class: 'badge review' },
              'A nurse is reviewing this. Their reply will appear here.',
            )
          : null,
        h('p', { class: 'advice' }, reply.advice),
        reply.escalated ? h('p', {}, callLink()) : null,
        reply.reviewedBy !== null && reply.reviewedAt !== null
          ? h(
              'p',
              { class: 'reviewed' },
              `Reviewed by nurse ${reply.reviewedBy} at `,
              h(
                'time',
                { datetime: new Date(reply.reviewedAt).toISOString() },
                localTime(reply.reviewedAt, now),
              ),
            )
          : null,
      )
    : h('p', { class: 'reply' }, 'No assessment for this message.');
  return h(
    'li',
    { 'data-seq': String(message.seq) },
    h(
      'div',
      { class: 'mine' },
      h(
        'p',
        { class: 'reply-from' },
        'You · ',
        h(
          'time',
          { datetime: new Date(message.sentAt).toISOString() },
          localTime(message.sentAt, now),
        ),
      ),
      h('p', { class: 'message-text' }, message.text),
    ),
    replyBlock,
  );
}
