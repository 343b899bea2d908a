/// <reference lib="dom" />
import { dueText } from './dueText.js';
import { setText } from './setText.js';
import { formatDuration } from './slaText.js';

/**
 * Moves every `Waiting ...` and `Due by ...` under `root` on to `now`, touching only what
 * changed: a cell's text node gets its new text (no element is replaced, no row rebuilt), and
 * an overdue mark is written once, when the time passes. Why so sparing: this runs every
 * second over a thousand rows, and each write is style and layout for the browser to redo.
 */
export function tickWaiting(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLElement>('.waiting[data-since]'))
    setText(el, `Waiting ${formatDuration(now - Number(el.dataset.since))}`);
  for (const el of root.querySelectorAll<HTMLElement>('.due[data-due]')) {
    // Why skip: 'Due by 7:37 PM' reads the same until the time passes.
    if (el.dataset.overdue === 'false' && now <= Number(el.dataset.due)) continue;
    const due = dueText(Number(el.dataset.due), now);
    setText(el, due.text);
    const overdue = String(due.overdue);
    if (el.dataset.overdue !== overdue) el.dataset.overdue = overdue;
  }
}
