/// <reference lib="dom" />
import type { Queue } from '../../system/index.js';
import { acuityChip } from './acuityChip.js';
import { dueSpan } from './dueSpan.js';
import { nameWithAge } from './dueText.js';
import { h } from './h.js';
import { formatDuration } from './slaText.js';

const STATUS_WORDS: Record<string, string> = {
  pending: 'Waiting for a nurse',
  claimed: 'Claimed',
  approved: 'Approved',
  rejected: 'Rejected',
  modified: 'Modified',
};

/**
 * Fills the queue's rows, most urgent first, then longest waiting (the server's order): each
 * row is the patient's name and age (when known), the start of their complaint, the acuity,
 * the time waiting (`data-since`) and the time it is due by (`data-due`), both ticked by
 * `tickWaiting`, and the owner. Each row is one button, so the queue
 * works from the keyboard; the open case's row is marked `aria-current`. Built as one
 * fragment: a thousand rows cost one layout.
 */
export function renderQueue(
  list: HTMLElement,
  queue: Queue,
  context: { now: number; me: string; selected: string | null },
): void {
  const rows = document.createDocumentFragment();
  for (const c of queue.cases) {
    const name = nameWithAge(
      queue.names[c.patientId] ?? 'Unknown patient',
      queue.ages[c.patientId],
    );
    const dueAt = queue.due[c.id];
    const open = c.status === 'pending' || c.status === 'claimed';
    const owner =
      c.assignee === null
        ? 'Unassigned'
        : c.assignee === context.me
          ? 'You'
          : (queue.names[c.assignee] ?? 'Another nurse');
    rows.append(
      h(
        'li',
        {
          class: `queue-row acuity-${c.acuity}`,
          'data-case-id': c.id,
          'data-status': c.status,
          'aria-current': c.id === context.selected ? 'true' : undefined,
        },
        h(
          'button',
          {
            type: 'button',
            class: 'row-button',
            'data-open': c.id,
          },
          acuityChip(c.acuity),
          h(
            'span',
            { class: 'row-main' },
            h('span', { class: 'row-name' }, name),
            h('span', { class: 'row-complaint' }, queue.complaints[c.id] ?? ''),
          ),
          h(
            'span',
            { class: 'row-meta' },
            h(
              'span',
              { class: 'waiting', 'data-since': String(c.createdAt) },
              `Waiting ${formatDuration(context.now - c.createdAt)}`,
            ),
            open && dueAt !== undefined ? dueSpan(dueAt, context.now) : null,
            h('span', { class: 'row-owner' }, `${STATUS_WORDS[c.status]} · ${owner}`),
          ),
        ),
      ),
    );
  }
  list.replaceChildren(rows);
}
