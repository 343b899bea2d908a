/// <reference lib="dom" />
import type { Escalation, EscalationBoardView } from '../../system/index.js';
import { acuityChip } from './acuityChip.js';
import type { BoardNotice } from './boardNotice.js';
import { nameWithAge } from './dueText.js';
import { h } from './h.js';
import { localTime } from './renderConversation.js';
import type { ServerClock } from './ServerClock.js';
import { formatDuration, slaText } from './slaText.js';

/** An action a nurse takes on an escalation from the board; `card` is where its answer goes. */
export type EscalationAction =
  | { kind: 'acknowledge'; escalationId: string }
  | { kind: 'resolve'; escalationId: string; note: string }
  | { kind: 'deescalate'; escalationId: string; acuity: number; reason: string }
  | { kind: 'conversation'; escalationId: string; into: HTMLElement };

interface Card {
  item: HTMLLIElement;
  title: HTMLElement;
  chip: HTMLElement;
  state: HTMLElement;
  complaint: HTMLElement;
  sla: HTMLElement;
  acknowledge: HTMLButtonElement;
  resolve: HTMLFormElement;
  lower: HTMLElement;
  error: HTMLElement;
}

/** What the board counts: open, overdue and acknowledged escalations. */
export interface BoardCounts {
  open: number;
  overdue: number;
  acknowledged: number;
}

/**
 * The emergencies board, shown as the server lists them (`readEscalations`: most urgent,
 * then most overdue, first): each card the patient's name, acuity as colour, number and
 * word, the complaint, the deadline counting down on the server's clock (then how far past
 * it), who acknowledged it, and its actions. Cards are kept and updated in place, so a
 * reload never wipes a note being typed; a resolved escalation is gone at the next read.
 *
 * A notification changes the board at once (`apply`): a new emergency's card is drawn from
 * its body, an acknowledgement shows who took it, a resolved card goes. The next read
 * (`show`) is the truth, except for a card a notice changed after that read was sent, which
 * waits for a later read (so a slow read never brings back what a notice just changed).
 */
export class EscalationBoard {
  readonly #cards = new Map<string, Card>();
  #entries: Escalation[] = [];
  #names: Record<string, string> = {};
  #ages: Record<string, number> = {};
  #complaints: Record<string, string> = {};
  /** Counts the notices applied; a read remembers the count it was sent at. */
  #version = 0;
  /** The version at which a notice last changed each escalation (resolved ones included). */
  readonly #touched = new Map<string, number>();
  readonly #resolved = new Set<string>();
  readonly #list: HTMLUListElement;
  readonly #empty: HTMLElement;
  readonly #clock: ServerClock;
  readonly #act: (action: EscalationAction) => void;

  constructor(clock: ServerClock, act: (action: EscalationAction) => void) {
    this.#list = document.getElementById('escalation-list') as HTMLUListElement;
    this.#empty = document.getElementById('no-escalations')!;
    this.#clock = clock;
    this.#act = act;
  }

  /** Where the board stands: pass it to `show` with the read sent now. */
  version(): number {
    return this.#version;
  }

  /**
   * Shows the board as read by a request sent at `asOf` (from `version()`); answers the
   * escalations it had not shown before.
   */
  show(view: EscalationBoardView, asOf = this.#version): Escalation[] {
    const known = new Set(this.#cards.keys());
    const newer = (id: string) => (this.#touched.get(id) ?? -1) >= asOf;
    const entries = [
      ...view.escalations.filter((e) => !newer(e.id) && !this.#resolved.has(e.id)),
      ...this.#entries.filter((e) => newer(e.id) && !this.#resolved.has(e.id)),
    ];
    this.#names = { ...this.#names, ...view.names };
    this.#ages = { ...this.#ages, ...view.ages };
    this.#complaints = { ...this.#complaints, ...view.complaints };
    this.#draw(entries);
    return entries.filter((e) => !known.has(e.id));
  }

  /**
   * Changes the board as a notification says, before any read; answers the escalation when
   * its card is new (a new emergency, to announce).
   */
  apply(notice: BoardNotice): Escalation | null {
    const id = notice.escalationId;
    this.#version++;
    this.#touched.set(id, this.#version);
    const at = this.#entries.findIndex((e) => e.id === id);
    const entry = this.#entries[at];
    if (notice.kind === 'resolved') {
      this.#resolved.add(id);
      if (entry) this.#draw(this.#entries.filter((e) => e.id !== id));
      return null;
    }
    if (this.#resolved.has(id)) return null;
    if (notice.kind === 'raised') {
      this.#names[notice.patientId] = notice.patientName;
      this.#complaints[id] = notice.complaint;
      const raised: Escalation = entry
        ? { ...entry, acuity: notice.acuity, ackDeadline: notice.ackDeadline }
        : provisional(notice);
      this.#draw(entry ? this.#entries.with(at, raised) : [...this.#entries, raised]);
      return entry ? null : raised;
    }
    if (!entry) return null;
    if (notice.kind === 'acknowledged') {
      this.#names[notice.acknowledgedBy] = notice.acknowledgedByName;
      const acknowledged: Escalation = {
        ...entry,
        status: entry.status === 'resolved' ? entry.status : 'acknowledged',
        acknowledgedBy: notice.acknowledgedBy as Escalation['acknowledgedBy'],
        acknowledgedAt: notice.acknowledgedAt,
      };
      this.#draw(this.#entries.with(at, acknowledged));
    } else this.#draw(this.#entries.with(at, { ...entry, acuity: notice.acuity }));
    return null;
  }

  /**
   * Puts the entries on the page, most urgent first, then the earliest deadline, as the server
   * orders them (a stable sort: ties keep the server's order).
   */
  #draw(entries: Escalation[]): void {
    this.#entries = [...entries].sort(
      (a, b) => a.acuity - b.acuity || a.ackDeadline - b.ackDeadline || a.raisedAt - b.raisedAt,
    );
    const shown = new Set(this.#entries.map((e) => e.id as string));
    for (const [id, card] of this.#cards) {
      if (shown.has(id)) continue;
      card.item.remove();
      this.#cards.delete(id);
    }
    this.#entries.forEach((e, index) => {
      const card = this.#cards.get(e.id) ?? this.#card(e.id);
      this.#fill(card, e, this.#complaints[e.id] ?? '');
      // Why only when out of place: moving a node blurs whatever inside it had focus.
      if (this.#list.children[index] !== card.item)
        this.#list.insertBefore(card.item, this.#list.children[index] ?? null);
    });
    this.#empty.hidden = this.#entries.length > 0;
    this.tick();
  }

  /** The card of an escalation, if shown. */
  card(id: string): { item: HTMLElement; error: HTMLElement } | undefined {
    return this.#cards.get(id);
  }

  /** Counts what is shown, on the server's clock. */
  counts(): BoardCounts {
    const now = this.#clock.now();
    const open = this.#entries.filter((e) => e.status === 'open');
    return {
      open: open.length,
      overdue: open.filter((e) => e.ackDeadline < now).length,
      acknowledged: this.#entries.length - open.length,
    };
  }

  /** Moves every countdown on to the server's now. */
  tick(): void {
    const now = this.#clock.now();
    for (const e of this.#entries) {
      const card = this.#cards.get(e.id);
      if (!card) continue;
      if (e.status === 'open') {
        const sla = slaText(e.ackDeadline, e.raisedAt, now);
        card.sla.textContent = `${sla.text} · raised ${formatDuration(now - e.raisedAt)} ago`;
        card.sla.dataset.overdue = String(sla.overdue);
        card.item.dataset.overdue = String(sla.overdue);
      } else {
        card.sla.textContent = `Raised ${formatDuration(now - e.raisedAt)} ago`;
        card.sla.dataset.overdue = 'false';
        card.item.dataset.overdue = 'false';
      }
    }
  }

  /** Empties the board. */
  close(): void {
    this.#entries = [];
    this.#touched.clear();
    this.#resolved.clear();
    this.#cards.clear();
    this.#list.replaceChildren();
  }

  #card(id: string): Card {
    const chip = h('span', {});
    const title = h('h3', { class: 'card-title', tabindex: '-1' });
    const state = h('p', { class: 'card-state' });
    const complaint = h('p', { class: 'complaint' });
    const sla = h('p', { class: 'sla' });
    const error = h('p', { class: 'field-error', 'aria-live': 'assertive' });
    const acknowledge = h('button', { type: 'button', class: 'danger' }, 'Acknowledge');
    acknowledge.addEventListener('click', () =>
      this.#act({ kind: 'acknowledge', escalationId: id }),
    );
    const noteId = `resolve-note-${id}`;
    const resolve = h(
      'form',
      { class: 'inline' },
      h('label', { for: noteId }, 'Resolution note'),
      h('input', { id: noteId, name: 'note', required: '' }),
      h('button', { type: 'submit' }, 'Resolve'),
    );
    resolve.addEventListener('submit', (event) => {
      event.preventDefault();
      const note = String(new FormData(resolve).get('note') ?? '');
      this.#act({ kind: 'resolve', escalationId: id, note });
    });
    const acuityId = `deescalate-acuity-${id}`;
    const reasonId = `deescalate-reason-${id}`;
    const lowerForm = h(
      'form',
      { class: 'inline' },
      h('label', { for: acuityId }, 'New acuity'),
      h(
        'select',
        { id: acuityId, name: 'acuity' },
        ...[2, 3, 4, 5].map((a) => h('option', { value: String(a) }, String(a))),
      ),
      h('label', { for: reasonId }, 'Reason'),
      h('input', { id: reasonId, name: 'reason', required: '' }),
      h('button', { type: 'submit', class: 'secondary' }, 'Lower urgency'),
    );
    lowerForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(lowerForm);
      this.#act({
        kind: 'deescalate',
        escalationId: id,
        acuity: Number(data.get('acuity')),
        reason: String(data.get('reason') ?? ''),
      });
    });
    // Why folded away: lowering urgency is rare and weighs less than acknowledging.
    const lower = h('details', { class: 'lower' }, h('summary', {}, 'Lower urgency…'), lowerForm);
    const transcript = h('ol', { class: 'transcript' });
    const conversation = h(
      'details',
      { class: 'conversation' },
      h('summary', {}, 'What the patient wrote'),
      transcript,
    );
    conversation.addEventListener('toggle', () => {
      if ((conversation as HTMLDetailsElement).open)
        this.#act({ kind: 'conversation', escalationId: id, into: transcript });
    });
    const item = h(
      'li',
      { class: 'escalation', 'data-escalation-id': id },
      h('div', { class: 'card-head' }, chip, title),
      state,
      complaint,
      sla,
      h('div', { class: 'row' }, acknowledge, resolve),
      error,
      conversation,
      lower,
    );
    const card = { item, title, chip, state, complaint, sla, acknowledge, resolve, lower, error };
    this.#cards.set(id, card);
    return card;
  }

  #fill(card: Card, e: Escalation, complaint: string): void {
    const name = this.#names[e.patientId] ?? 'Unknown patient';
    card.item.dataset.status = e.status;
    card.item.dataset.acuity = String(e.acuity);
    card.item.setAttribute('aria-label', `Emergency: ${name}, acuity ${e.acuity}, ${e.status}`);
    card.chip.replaceChildren(acuityChip(e.acuity));
    card.title.textContent = nameWithAge(name, this.#ages[e.patientId]);
    card.complaint.textContent = complaint ? `“${complaint}”` : '';
    const re =
      e.reEscalations > 0
        ? ` · Re-escalated to the charge nurse${e.reEscalations > 1 ? ` ${e.reEscalations} times` : ''}`
        : '';
    const ack =
      e.acknowledgedBy === null
        ? ''
        : `Acknowledged by ${this.#names[e.acknowledgedBy] ?? 'a nurse'}${e.acknowledgedAt === null ? '' : ` at ${localTime(e.acknowledgedAt)}`}`;
    card.state.textContent = e.status === 'open' ? `Waiting for a nurse${re}` : `${ack}${re}`;
    card.item.dataset.reEscalated = String(e.reEscalations > 0);
    card.acknowledge.hidden = e.status !== 'open';
    card.acknowledge.setAttribute('aria-label', `Acknowledge emergency: ${name}`);
    card.resolve.hidden = e.status !== 'acknowledged';
  }
}

/** An escalation as its `escalation.raised` notice shows it, until the board is read. */
function provisional(n: Extract<BoardNotice, { kind: 'raised' }>): Escalation {
  return {
    id: n.escalationId,
    conversationId: '',
    assessmentId: '',
    patientId: n.patientId,
    acuity: n.acuity,
    status: 'open',
    level: 'nurses',
    raisedAt: n.raisedAt,
    ackDeadline: n.ackDeadline,
    reEscalations: 0,
    acknowledgedBy: null,
    acknowledgedAt: null,
    resolvedAt: null,
    history: [],
  } as unknown as Escalation;
}
