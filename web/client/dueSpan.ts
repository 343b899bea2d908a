/// <reference lib="dom" />
import { dueText } from './dueText.js';
import { h } from './h.js';

/** A case's due time, marked overdue once past; `tickWaiting` keeps it current. */
export function dueSpan(dueAt: number, now: number): HTMLElement {
  const due = dueText(dueAt, now);
  return h(
    'span',
    { class: 'due', 'data-due': String(dueAt), 'data-overdue': String(due.overdue) },
    due.text,
  );
}
