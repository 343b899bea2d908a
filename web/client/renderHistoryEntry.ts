/// <reference lib="dom" />
import type { HistoryPage } from '../../system/index.js';
import { h } from './h.js';

type Entry = HistoryPage['items'][number];

/**
 * One message and the reply the patient sees to it: the advice, marked while a nurse reviews
 * it, and marked as an emergency when one was raised.
 */
export function renderHistoryEntry(entry: Entry): HTMLLIElement {
  const { message, reply } = entry;
  const replyBlock = reply
    ? h(
        'div',
        {
          class: 'reply',
          'data-awaiting': String(reply.awaitingReview),
          'data-escalated': String(reply.escalated),
        },
        h('strong', {}, 'MedAssist: '),
        reply.escalated
          ? h('span', { class: 'badge emergency' }, 'Emergency: nurses alerted')
          : null,
        reply.awaitingReview ? h('span', { class: 'badge' }, 'A nurse is reviewing this') : null,
        h('p', { class: 'advice' }, reply.advice),
      )
    : h('p', { class: 'reply' }, 'No assessment for this message.');
  return h(
    'li',
    { 'data-seq': String(message.seq) },
    h('p', {}, h('strong', {}, 'You: '), message.text),
    replyBlock,
  );
}
