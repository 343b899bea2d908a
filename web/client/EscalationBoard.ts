/// <reference lib="dom" />
import type { Escalation, Notification } from '../../system/index.js';
import { h } from './h.js';
import type { ServerClock } from './ServerClock.js';
import { slaText } from './slaText.js';

/** What the board knows of one escalation. */
interface Entry {
  id: string;
  acuity: number;
  level: string;
  status: string;
  raisedAt: number;
  ackDeadline: number | null;
  acknowledgedBy: string | null;
  reEscalations: number;
}

/** An action a nurse takes on an escalation from the board. */
export type EscalationAction =
  | { kind: 'acknowledge'; escalationId: string }
  | { kind: 'resolve'; escalationId: string; note: string }
  | { kind: 'deescalate'; escalationId: string; acuity: number; reason: string };

interface Card {
  item: HTMLLIElement;
  heading: HTMLElement;
  detail: HTMLElement;
  sla: HTMLElement;
  acknowledge: HTMLButtonElement;
  resolve: HTMLFormElement;
}

const NOTIFIED = new Set(['escalation.raised', 'escalation.reEscalated']);

/**
 * The escalations panel: built from the nurse's outbox (`escalation.raised`,
 * `escalation.reEscalated`) and from the escalations that command answers carry, highlighted
 * by urgency, each with its SLA countdown on the server's clock and its actions. Cards are
 * kept and updated in place, so a notification never wipes a note being typed.
 */
export class EscalationBoard {
  readonly #entries = new Map<string, Entry>();
  readonly #cards = new Map<string, Card>();
  readonly #list: HTMLUListElement;
  readonly #empty: HTMLElement;
  readonly #clock: ServerClock;
  readonly #act: (action: EscalationAction) => void;
  readonly #tick: ReturnType<typeof setInterval>;

  constructor(clock: ServerClock, act: (action: EscalationAction) => void) {
    this.#list = document.getElementById('escalation-list') as HTMLUListElement;
    this.#empty = document.getElementById('no-escalations')!;
    this.#clock = clock;
    this.#act = act;
    this.#tick = setInterval(() => this.#countDown(), 1000);
    this.render();
  }

  /** Takes in a notification; answers whether it was about an escalation. */
  notified(n: Notification): boolean {
    if (!NOTIFIED.has(n.kind)) return false;
    const body = n.body as { escalationId: string; acuity: number; ackDeadline?: number };
    const known = this.#entries.get(body.escalationId);
    const entry: Entry = known ?? {
      id: body.escalationId,
      acuity: body.acuity,
      level: 'nurses',
      status: 'open',
      raisedAt: n.createdAt,
      ackDeadline: null,
      acknowledgedBy: null,
      reEscalations: 0,
    };
    entry.acuity = body.acuity;
    if (n.kind === 'escalation.reEscalated') {
      entry.level = 'charge_nurse';
      entry.reEscalations++;
      // Why forget the deadline: a re-escalation sets a new one, which the body may not carry.
      entry.ackDeadline = null;
    }
    if (typeof body.ackDeadline === 'number') entry.ackDeadline = body.ackDeadline;
    this.#entries.set(entry.id, entry);
    return true;
  }

  /** Takes in an escalation as a command answered it: the whole truth at that moment. */
  answered(e: Escalation): void {
    this.#entries.set(e.id, {
      id: e.id,
      acuity: e.acuity,
      level: e.level,
      status: e.status,
      raisedAt: e.raisedAt,
      ackDeadline: e.ackDeadline,
      acknowledgedBy: e.acknowledgedBy,
      reEscalations: e.reEscalations,
    });
  }

  /** Records the state a refusal revealed (`invalid_state`: someone else acknowledged it). */
  refused(escalationId: string, status: string): void {
    const entry = this.#entries.get(escalationId);
    const state = status.split(' ')[0];
    if (entry && (state === 'acknowledged' || state === 'resolved')) entry.status = state;
  }

  /** Shows every escalation not yet resolved, most urgent first, then oldest. */
  render(): void {
    const open = [...this.#entries.values()]
      .filter((e) => e.status !== 'resolved')
      .sort((a, b) => a.acuity - b.acuity || a.raisedAt - b.raisedAt);
    for (const [id, card] of this.#cards) {
      if (this.#entries.get(id)?.status === 'resolved') {
        card.item.remove();
        this.#cards.delete(id);
      }
    }
    open.forEach((entry, index) => {
      const card = this.#cards.get(entry.id) ?? this.#card(entry.id);
      this.#fill(card, entry);
      // Why only when out of place: moving a node blurs whatever inside it had focus.
      if (this.#list.children[index] !== card.item)
        this.#list.insertBefore(card.item, this.#list.children[index] ?? null);
    });
    this.#empty.hidden = open.length > 0;
    this.#countDown();
  }

  /** Stops the countdown. */
  close(): void {
    clearInterval(this.#tick);
    this.#entries.clear();
    this.#cards.clear();
    this.#list.replaceChildren();
  }

  #card(id: string): Card {
    const heading = h('h3', {});
    const detail = h('p', {});
    const sla = h('p', { class: 'sla' });
    const acknowledge = h('button', { type: 'button' }, `Acknowledge ${id}`);
    acknowledge.addEventListener('click', () =>
      this.#act({ kind: 'acknowledge', escalationId: id }),
    );
    const noteId = `resolve-note-${id}`;
    const resolve = h(
      'form',
      {},
      h('label', { for: noteId }, `Resolution note for ${id}`),
      h('input', { id: noteId, name: 'note', required: '' }),
      h('button', { type: 'submit' }, `Resolve ${id}`),
    );
    resolve.addEventListener('submit', (event) => {
      event.preventDefault();
      const note = String(new FormData(resolve).get('note') ?? '');
      this.#act({ kind: 'resolve', escalationId: id, note });
    });
    const acuityId = `deescalate-acuity-${id}`;
    const reasonId = `deescalate-reason-${id}`;
    const lower = h(
      'form',
      {},
      h('label', { for: acuityId }, 'Lower to acuity'),
      h(
        'select',
        { id: acuityId, name: 'acuity' },
        ...[2, 3, 4, 5].map((a) => h('option', { value: String(a) }, String(a))),
      ),
      h('label', { for: reasonId }, 'Reason'),
      h('input', { id: reasonId, name: 'reason', required: '' }),
      h('button', { type: 'submit' }, `De-escalate ${id}`),
    );
    lower.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(lower);
      this.#act({
        kind: 'deescalate',
        escalationId: id,
        acuity: Number(data.get('acuity')),
        reason: String(data.get('reason') ?? ''),
      });
    });
    const item = h(
      'li',
      { class: 'escalation', 'data-escalation-id': id },
      heading,
      detail,
      sla,
      acknowledge,
      resolve,
      lower,
    );
    const card = { item, heading, detail, sla, acknowledge, resolve };
    this.#cards.set(id, card);
    return card;
  }

  #fill(card: Card, e: Entry): void {
    card.item.dataset.status = e.status;
    card.item.dataset.acuity = String(e.acuity);
    card.item.setAttribute('aria-label', `Escalation ${e.id}, acuity ${e.acuity}, ${e.status}`);
    card.heading.textContent = `Acuity ${e.acuity} escalation ${e.id}`;
    const level =
      e.level === 'charge_nurse'
        ? `re-escalated to the charge nurse (${e.reEscalations} time${e.reEscalations === 1 ? '' : 's'})`
        : 'for any nurse';
    const who = e.acknowledgedBy ? ` by ${e.acknowledgedBy}` : '';
    card.detail.textContent = `${e.status}${e.status === 'acknowledged' ? who : ''}, ${level}; raised ${new Date(e.raisedAt).toISOString()} (server time)`;
    card.acknowledge.hidden = e.status !== 'open';
    card.resolve.hidden = e.status !== 'acknowledged';
    card.sla.hidden = e.status !== 'open';
  }

  #countDown(): void {
    const now = this.#clock.now();
    for (const [id, card] of this.#cards) {
      const e = this.#entries.get(id);
      if (e?.status !== 'open') continue;
      const sla = slaText(e.ackDeadline, e.raisedAt, now);
      card.sla.textContent = `SLA: ${sla.text}`;
      card.sla.dataset.overdue = String(sla.overdue);
    }
  }
}
