/// <reference lib="dom" />
import type { Queue } from '../../system/index.js';
import { acuityChip } from './acuityChip.js';
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
 * row is the patient's name, the start of their complaint, the acuity, the time waiting
 * (`data-since`, ticked by `tickWaiting`) and the owner. Each row is one button, so the queue
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
    const name = queue.names[c.patientId] ?? 'Unknown patient';
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
            h('span', { class: 'row-owner' }, `${STATUS_WORDS[c.status]} · ${owner}`),
          ),
        ),
      ),
    );
  }
  list.replaceChildren(rows);
}

/** Moves every `Waiting ...` on the page on to `now`: the times tick without a re-render. */
export function tickWaiting(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLElement>('.waiting[data-since]'))
    el.textContent = `Waiting ${formatDuration(now - Number(el.dataset.since))}`;
}
