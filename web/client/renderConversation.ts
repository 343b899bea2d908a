/// <reference lib="dom" />
import type { PatientConversation } from '../../system/index.js';
import { acuityChip } from './acuityChip.js';
import { h } from './h.js';

/** When a message was sent, in the reader's own locale: `14:05` today, else with the date. */
export function localTime(at: number, now: number = at): string {
  const date = new Date(at);
  const today = new Date(now);
  const sameDay =
    date.getFullYear() === today.getFullYear() &&
    date.getMonth() === today.getMonth() &&
    date.getDate() === today.getDate();
  return (sameDay ? TIME : DATE_TIME).format(date);
}

// Why made once: a formatter costs far more to make than to use, and a board formats a
// thousand rows at a time.
const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** The patient's messages as a transcript: their words, when, and the acuity each got. */
export function renderConversation(
  list: HTMLElement,
  conversation: PatientConversation,
  now: number,
): void {
  list.replaceChildren(
    ...conversation.messages.map((m) =>
      h(
        'li',
        { 'data-seq': String(m.seq) },
        h(
          'p',
          { class: 'transcript-meta' },
          h('time', { datetime: new Date(m.sentAt).toISOString() }, localTime(m.sentAt, now)),
          m.acuity === null ? null : acuityChip(m.acuity),
        ),
        h('p', { class: 'transcript-text' }, m.text),
      ),
    ),
  );
  if (conversation.messages.length === 0)
    list.replaceChildren(h('li', { class: 'muted' }, 'No message.'));
}
