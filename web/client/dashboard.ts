/// <reference lib="dom" />
import type {
  Acuity,
  CaseId,
  EscalationBoardView,
  EscalationId,
  ReviewCase,
  StaffMember,
} from '../../system/index.js';
import { Announcer } from './Announcer.js';
import { acuityLabel } from './acuityLabel.js';
import { boardNotice } from './boardNotice.js';
import { type BrowserAnswer, callCommand, newIdempotencyKey } from './callCommand.js';
import { EmergencyChime } from './EmergencyChime.js';
import { type EscalationAction, EscalationBoard } from './EscalationBoard.js';
import { busy, field, h } from './h.js';
import { openSubscription } from './openSubscription.js';
import { renderCase } from './renderCase.js';
import { renderConversation } from './renderConversation.js';
import { renderQueue } from './renderQueue.js';
import { ServerClock } from './ServerClock.js';
import { SessionStore, type StoredSession } from './SessionStore.js';
import { setText } from './setText.js';
import { tickWaiting } from './tickWaiting.js';
import { wireSignIn } from './wireSignIn.js';

const TITLE = document.title;
// Why poll the board at all, when every change to an escalation is notified: a safety net
// for a notification this page could not read (an older server's body, a dropped frame).
const BOARD_POLL_MS = 30_000;

const announcer = new Announcer();
const clock = new ServerClock();
const filters = document.getElementById('filters') as HTMLFormElement;
const rows = document.getElementById('queue-rows') as HTMLUListElement;
const count = document.getElementById('queue-count')!;
const escalationCount = document.getElementById('escalation-count')!;
const emergencyLive = document.getElementById('emergency-live')!;
const emergencyJump = document.getElementById('emergency-jump') as HTMLAnchorElement;
const escalationsSection = document.getElementById('escalations')!;
let boardInSight = true;
const chime = new EmergencyChime(document.getElementById('emergency-sound') as HTMLInputElement);
const panel = document.getElementById('case')!;
const heading = document.getElementById('case-heading') as HTMLElement;
const decideForm = document.getElementById('decide-form') as HTMLFormElement;
const reassignForm = document.getElementById('reassign-form') as HTMLFormElement;
const reassignTo = document.getElementById('reassign-to') as HTMLSelectElement;
const errorOf = (id: string) => document.getElementById(id);

let me: StoredSession | null = null;
let selected: CaseId | null = null;
let board: EscalationBoard | null = null;
let subscription: { close(): void } | null = null;
let queueRequest = 0;
let boardRequest = 0;
const refreshes = new Map<() => Promise<void>, ReturnType<typeof setTimeout>>();
let ticker: ReturnType<typeof setInterval> | null = null;
let poller: ReturnType<typeof setInterval> | null = null;
let firstRender = true;
let boardShown = false;
const staffNames: Record<string, string> = {};
announcer.nameOf = (id) => (id === null ? 'nobody' : (staffNames[id] ?? 'another nurse'));

const control = wireSignIn({
  store: new SessionStore('medassist.dashboard.session'),
  announcer,
  clock,
  realm: 'staff',
  async start(session) {
    me = session;
    board = new EscalationBoard(clock, (action) => void onEscalation(action));
    ticker = setInterval(tick, 1000);
    poller = setInterval(() => void loadBoard(), BOARD_POLL_MS);
    // Why subscribe before reading: whatever happens after the welcome arrives as a
    // notification, whatever happened before is in the reads after it; nothing falls between.
    let welcomed!: () => void;
    const ready = new Promise<void>((resolve) => {
      welcomed = resolve;
    });
    subscription = openSubscription({
      session: session.session,
      onNotification(n, replayed) {
        // Why skip replayed ones: the reads below show the state they led to.
        if (replayed) return;
        if (n.kind.startsWith('escalation.')) {
          // Why draw before reading: the card is on the board one read sooner (the read
          // then corrects anything the notice could not say).
          const notice = boardNotice(n);
          const fresh = notice && board ? board.apply(notice) : null;
          if (fresh && notice?.kind === 'raised') {
            showBoardCounts();
            announce(fresh.acuity, notice.patientName, notice.complaint);
          } else if (notice) showBoardCounts();
          schedule(loadBoard);
        } else if (n.kind.startsWith('case.')) schedule(loadQueue);
      },
      onWelcome(_latest, connection) {
        welcomed();
        // Why reload after a reconnection: claims and releases by others notify no one.
        if (connection > 1) {
          announcer.info('Reconnected.');
          schedule(loadQueue);
          schedule(loadBoard);
        }
      },
      onResync() {
        announcer.problem('Some updates were too old to replay: the board was reloaded.');
        schedule(loadQueue);
        schedule(loadBoard);
      },
    });
    // Why a time limit: with the WebSocket refused, the board must still show.
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 2000))]);
    await Promise.all([loadBoard(), loadQueue(), loadStaff()]);
  },
  stop() {
    subscription?.close();
    subscription = null;
    board?.close();
    board = null;
    boardShown = false;
    if (ticker !== null) clearInterval(ticker);
    if (poller !== null) clearInterval(poller);
    me = null;
    selected = null;
    panel.hidden = true;
    rows.replaceChildren();
    count.textContent = '';
    escalationCount.textContent = '';
    document.title = TITLE;
    emergencyJump.hidden = true;
  },
});

/** Runs a read soon; a burst of notifications costs one read. */
function schedule(read: () => Promise<void>): void {
  if (refreshes.has(read)) return;
  refreshes.set(
    read,
    setTimeout(() => {
      refreshes.delete(read);
      void read();
    }, 10),
  );
}

function tick(): void {
  const now = clock.now();
  board?.tick();
  tickWaiting(rows, now);
  tickWaiting(panel, now);
  showBoardCounts();
}

function showBoardCounts(): void {
  if (!board) return;
  const { open, overdue, acknowledged } = board.counts();
  const counts = `${open} open${overdue ? ` · ${overdue} overdue` : ''} · ${acknowledged} acknowledged`;
  setText(escalationCount, counts);
  escalationCount.dataset.overdue = String(overdue > 0);
  // Why in the title: a nurse in another tab or window sees an emergency waiting.
  document.title = open > 0 ? `(${open}) Emergency waiting · ${TITLE}` : TITLE;
  showJump(open);
}

/** Shows the way to the board while an emergency waits and the board is out of sight. */
function showJump(open: number): void {
  const text = `${open} emergenc${open === 1 ? 'y' : 'ies'} waiting: show`;
  if (emergencyJump.textContent !== text) emergencyJump.textContent = text;
  emergencyJump.hidden = open === 0 || boardInSight || !me;
}

new IntersectionObserver((entries) => {
  boardInSight = entries.some((e) => e.isIntersecting);
  showJump(board?.counts().open ?? 0);
}).observe(escalationsSection);

emergencyJump.addEventListener('click', (event) => {
  event.preventDefault();
  escalationsSection.scrollIntoView({ block: 'start' });
  // Focus goes to the most urgent emergency, so the next Tab reaches its Acknowledge button.
  const first = document.querySelector<HTMLElement>('#escalation-list .card-title');
  const heading = document.getElementById('escalations-heading')!;
  heading.setAttribute('tabindex', '-1');
  (first ?? heading).focus();
});

/** Reads the open escalations and shows them; a new emergency is announced. */
async function loadBoard(): Promise<void> {
  if (!me || !board) return;
  const request = ++boardRequest;
  const asOf = board.version();
  const answer = await callCommand({ type: 'readEscalations', session: me.session }, clock);
  if (request !== boardRequest || !me || !board) return;
  control.checkSession(answer);
  if (!answer.ok) {
    announcer.failure(answer.error);
    return;
  }
  const fresh = board.show(answer.value, asOf);
  showBoardCounts();
  // Why not on the first read: what is already waiting at sign-in is on the board, not news.
  if (boardShown) announceNew(fresh, answer.value);
  boardShown = true;
}

function announceNew(fresh: EscalationBoardView['escalations'], view: EscalationBoardView): void {
  if (fresh.length === 0) return;
  const e = fresh[0]!;
  announce(e.acuity, view.names[e.patientId] ?? 'a patient', view.complaints[e.id] ?? '');
}

function announce(acuity: Acuity, name: string, complaint: string): void {
  emergencyLive.textContent = `New emergency: ${name || 'a patient'}, ${acuityLabel(acuity)}. ${complaint}`;
  chime.play();
}

/** Reads the queue with the filters and shows it; a later read wins over an earlier one. */
async function loadQueue(): Promise<void> {
  if (!me) return;
  const request = ++queueRequest;
  const data = new FormData(filters);
  const status = data.getAll('status').map(String) as ReviewCase['status'][];
  const acuity = data.getAll('acuity').map(Number) as Acuity[];
  const answer = await callCommand(
    {
      type: 'readQueue',
      session: me.session,
      limit: 1000,
      ...(status.length > 0 ? { status } : {}),
      ...(acuity.length > 0 ? { acuity } : {}),
      ...(data.get('mine') ? { assignee: me.userId } : {}),
    },
    clock,
  );
  if (request !== queueRequest || !me) return;
  control.checkSession(answer);
  if (!answer.ok) {
    announcer.failure(answer.error, undefined, errorOf('queue-error'));
    return;
  }
  const queue = answer.value;
  renderQueue(rows, queue, { now: clock.now(), me: me.userId, selected });
  const byAcuity = [1, 2, 3, 4, 5].map((a) => queue.cases.filter((c) => c.acuity === a).length);
  count.replaceChildren(
    `${queue.cases.length} case${queue.cases.length === 1 ? '' : 's'}${queue.cases.length === 1000 ? ' (the first 1,000)' : ''}`,
    ...byAcuity.flatMap((n, i) =>
      n === 0 ? [] : [' ', h('span', { class: `count acuity-${i + 1}` }, `${n} × ${i + 1}`)],
    ),
  );
  if (firstRender) {
    firstRender = false;
    // Why after a frame and a task: the mark should fall after the rows were laid out and
    // painted, which is what a nurse waits for.
    requestAnimationFrame(() => setTimeout(() => performance.mark('queue-rendered'), 0));
  }
}

/** Reads the nursing staff: names for every id a page shows, and whom to reassign to. */
async function loadStaff(): Promise<void> {
  if (!me) return;
  const answer = await callCommand({ type: 'listStaff', session: me.session }, clock);
  if (!answer.ok) return;
  const staff: StaffMember[] = answer.value.staff;
  for (const s of staff) staffNames[s.userId] = s.name;
  reassignTo.replaceChildren(
    h('option', { value: '' }, 'Choose a nurse'),
    ...staff.map((s) =>
      h(
        'option',
        { value: s.userId },
        `${s.name}${s.role === 'charge_nurse' ? ' (charge nurse)' : ''}${s.userId === me?.userId ? ' (you)' : ''}`,
      ),
    ),
  );
}

/** Reads the selected case and the patient's conversation, and shows them. */
async function loadCase(): Promise<void> {
  if (!me || !selected) return;
  const caseId = selected;
  const [detail, conversation] = await Promise.all([
    callCommand({ type: 'readCase', session: me.session, caseId }, clock),
    callCommand({ type: 'readConversation', session: me.session, about: { caseId } }, clock),
  ]);
  control.checkSession(detail);
  if (!me || selected !== caseId) return;
  if (!detail.ok) {
    announcer.failure(detail.error, undefined, errorOf('queue-error'));
    return;
  }
  Object.assign(staffNames, detail.value.names);
  renderCase(panel, detail.value, me.userId, clock.now());
  const transcript = document.getElementById('case-conversation')!;
  if (conversation.ok) renderConversation(transcript, conversation.value, clock.now());
  else
    transcript.replaceChildren(h('li', { class: 'muted' }, 'The conversation could not be read.'));
}

/**
 * Keeps the keyboard's place: when the control that had focus is gone (hidden or removed by
 * the re-render), focus moves to `fallback`, never to `<body>`.
 */
function keepFocus(fallback: HTMLElement): void {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body || !active.isConnected || active.offsetParent === null)
    fallback.focus();
}

/** Runs a case action, reloads the case and the queue, then shows the answer beside `form`. */
async function caseAction(
  form: HTMLElement,
  errorId: string,
  run: (session: string, caseId: CaseId) => Promise<BrowserAnswer<unknown>>,
  success: string,
): Promise<BrowserAnswer<unknown> | undefined> {
  if (!me || !selected) return undefined;
  const session = me.session;
  const caseId = selected;
  return busy(form, async () => {
    announcer.clear();
    const answer = await run(session, caseId);
    control.checkSession(answer);
    await Promise.all([loadCase(), loadQueue()]);
    announcer.answer(answer, success, errorOf(errorId));
    keepFocus(heading);
    return answer;
  });
}

async function onEscalation(action: EscalationAction): Promise<void> {
  if (!me || !board) return;
  const session = me.session;
  const escalationId = action.escalationId as EscalationId;
  if (action.kind === 'conversation') {
    const answer = await callCommand(
      { type: 'readConversation', session, about: { escalationId } },
      clock,
    );
    if (answer.ok) renderConversation(action.into, answer.value, clock.now());
    else
      action.into.replaceChildren(
        h('li', { class: 'muted' }, 'The conversation could not be read.'),
      );
    return;
  }
  announcer.clear();
  const key = newIdempotencyKey();
  const answer =
    action.kind === 'acknowledge'
      ? await callCommand(
          { type: 'acknowledgeEscalation', session, escalationId, idempotencyKey: key },
          clock,
        )
      : action.kind === 'resolve'
        ? await callCommand(
            {
              type: 'resolveEscalation',
              session,
              escalationId,
              note: action.note,
              idempotencyKey: key,
            },
            clock,
          )
        : await callCommand(
            {
              type: 'deescalate',
              session,
              escalationId,
              acuity: action.acuity as Acuity,
              reason: action.reason,
              idempotencyKey: key,
            },
            clock,
          );
  control.checkSession(answer);
  await loadBoard();
  const card = board?.card(escalationId);
  const done = { acknowledge: 'acknowledged', resolve: 'resolved', deescalate: 'lowered' };
  announcer.answer(answer, `Emergency ${done[action.kind]}.`, card?.error);
  // Focus stays on the card: on its note after an acknowledgement, on its title otherwise;
  // a resolved card is gone, and focus goes to the next emergency or the section heading.
  if (card) {
    const note = card.item.querySelector<HTMLElement>('input[name="note"]');
    keepFocus(
      action.kind === 'acknowledge' && note && note.offsetParent
        ? note
        : (card.item.querySelector<HTMLElement>('.card-title') ?? heading),
    );
  } else {
    const next = document.querySelector<HTMLElement>('#escalation-list .card-title');
    const section = document.getElementById('escalations-heading')!;
    section.setAttribute('tabindex', '-1');
    keepFocus(next ?? section);
  }
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  void loadQueue();
});
document.getElementById('refresh')!.addEventListener('click', () => {
  void loadQueue();
  void loadBoard();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && me) {
    void loadQueue();
    void loadBoard();
  }
});
rows.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button[data-open]');
  if (!button) return;
  selected = button.getAttribute('data-open') as CaseId;
  announcer.clear();
  decideForm.reset();
  for (const row of rows.querySelectorAll('li[aria-current]')) row.removeAttribute('aria-current');
  button.closest('li')?.setAttribute('aria-current', 'true');
  void loadCase().then(() => {
    if (!panel.hidden) heading.focus();
  });
});
document.getElementById('claim')!.addEventListener('click', (event) => {
  // Why the parent: `busy` marks the buttons inside what it is given.
  const buttons = (event.currentTarget as HTMLElement).parentElement!;
  void caseAction(
    buttons,
    'claim-error',
    (session, caseId) =>
      callCommand(
        { type: 'claimCase', session, caseId, idempotencyKey: newIdempotencyKey() },
        clock,
      ),
    'Case claimed: it is yours to decide.',
  );
});
document.getElementById('release')!.addEventListener('click', (event) => {
  const buttons = (event.currentTarget as HTMLElement).parentElement!;
  void caseAction(
    buttons,
    'claim-error',
    (session, caseId) =>
      callCommand(
        { type: 'releaseCase', session, caseId, idempotencyKey: newIdempotencyKey() },
        clock,
      ),
    'Case released to the queue.',
  );
});
reassignForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const to = field(reassignForm, 'to');
  void caseAction(
    reassignForm,
    'reassign-error',
    (session, caseId) =>
      callCommand(
        {
          type: 'reassignCase',
          session,
          caseId,
          to: to as never,
          idempotencyKey: newIdempotencyKey(),
        },
        clock,
      ),
    `Case given to ${staffNames[to] ?? 'the nurse chosen'}.`,
  );
});
decideForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const outcome = field(decideForm, 'outcome') as 'approve' | 'reject' | 'modify';
  const reason = field(decideForm, 'reason');
  const advice = field(decideForm, 'advice');
  const breakGlass = field(decideForm, 'breakGlass') === 'yes';
  const breakGlassReason = field(decideForm, 'breakGlassReason');
  const words = { approve: 'approved', reject: 'rejected', modify: 'modified' };
  void caseAction(
    decideForm,
    'decide-error',
    (session, caseId) =>
      callCommand(
        {
          type: 'decideCase',
          session,
          caseId,
          outcome,
          reason,
          ...(advice ? { advice } : {}),
          ...(breakGlass ? { breakGlass: { reason: breakGlassReason } } : {}),
          idempotencyKey: newIdempotencyKey(),
        },
        clock,
      ),
    `Decision recorded: ${words[outcome] ?? outcome}. The patient can see it now.`,
  ).then((answer) => {
    if (answer?.ok) decideForm.reset();
  });
});
