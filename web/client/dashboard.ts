/// <reference lib="dom" />
import type { Acuity, CaseId, EscalationId, ReviewCase } from '../../system/index.js';
import { Announcer } from './Announcer.js';
import { type BrowserAnswer, callCommand, newIdempotencyKey } from './callCommand.js';
import { type EscalationAction, EscalationBoard } from './EscalationBoard.js';
import { busy, field } from './h.js';
import { openSubscription } from './openSubscription.js';
import { readOutbox } from './readOutbox.js';
import { renderCase } from './renderCase.js';
import { renderQueue } from './renderQueue.js';
import { ServerClock } from './ServerClock.js';
import { SessionStore, type StoredSession } from './SessionStore.js';
import { wireSignIn } from './wireSignIn.js';

const announcer = new Announcer();
const clock = new ServerClock();
const filters = document.getElementById('filters') as HTMLFormElement;
const rows = document.getElementById('queue-rows') as HTMLTableSectionElement;
const count = document.getElementById('queue-count')!;
const panel = document.getElementById('case')!;
const decideForm = document.getElementById('decide-form') as HTMLFormElement;
const reassignForm = document.getElementById('reassign-form') as HTMLFormElement;

let me: StoredSession | null = null;
let selected: CaseId | null = null;
let board: EscalationBoard | null = null;
let subscription: { close(): void } | null = null;
let queueRequest = 0;
let queueRefresh: ReturnType<typeof setTimeout> | null = null;
let firstRender = true;

const control = wireSignIn({
  store: new SessionStore('medassist.dashboard.session'),
  announcer,
  clock,
  async start(session) {
    me = session;
    board = new EscalationBoard(clock, (action) => void onEscalation(action));
    // Why read the outbox first: no command lists open escalations, so the board is rebuilt
    // from the notifications still kept (7 days, 10,000 a nurse), in one request per 1,000
    // and without a replay over the WebSocket (which would ack each one as it came).
    const outbox = await readOutbox(
      session.session,
      (n) => {
        board?.notified(n);
      },
      clock,
    );
    // Why: the user may have signed out while the outbox was read.
    if (me !== session) return;
    if (!outbox.ok) {
      control.checkSession({ ok: false, error: outbox.error });
      announcer.failure(outbox.error);
      return;
    }
    board?.render();
    // Why subscribe before reading the queue: a case created after the welcome arrives as a
    // notification, one created before is in the queue read after it; none falls between.
    let welcomed!: () => void;
    const ready = new Promise<void>((resolve) => {
      welcomed = resolve;
    });
    subscription = openSubscription({
      session: session.session,
      lastAcked: outbox.position,
      onNotification(n, replayed) {
        if (board?.notified(n)) board.render();
        else if (n.kind === 'case.created' && !replayed) scheduleQueueRefresh();
      },
      onWelcome(_latest, connection) {
        welcomed();
        // Why reload after a reconnection: claims and releases by others notify no one.
        if (connection > 1) {
          announcer.info('Reconnected.');
          scheduleQueueRefresh();
        }
      },
      onResync() {
        announcer.problem('Some notifications were too old to replay: the queue was reloaded.');
        scheduleQueueRefresh();
      },
    });
    // Why a time limit: with the WebSocket refused, the queue must still show.
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 2000))]);
    await loadQueue();
  },
  stop() {
    subscription?.close();
    subscription = null;
    board?.close();
    board = null;
    me = null;
    selected = null;
    panel.hidden = true;
    rows.replaceChildren();
    count.textContent = '';
  },
});

function scheduleQueueRefresh(): void {
  // Why coalesce: a burst of new cases is one read, not one per case.
  if (queueRefresh !== null) return;
  queueRefresh = setTimeout(() => {
    queueRefresh = null;
    void loadQueue();
  }, 50);
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
    announcer.failure(answer.error);
    return;
  }
  const { cases } = answer.value;
  renderQueue(rows, cases, { now: clock.now(), me: me.userId, selected });
  count.textContent = `${cases.length} case${cases.length === 1 ? '' : 's'}${cases.length === 1000 ? ' (the first 1,000)' : ''}`;
  if (firstRender) {
    firstRender = false;
    // Why after a frame and a task: the mark should fall after the rows were laid out and
    // painted, which is what a nurse waits for.
    requestAnimationFrame(() => setTimeout(() => performance.mark('queue-rendered'), 0));
  }
}

/** Reads the selected case with its basis and shows it. */
async function loadCase(): Promise<void> {
  if (!me || !selected) return;
  const answer = await callCommand(
    { type: 'readCase', session: me.session, caseId: selected },
    clock,
  );
  control.checkSession(answer);
  if (!answer.ok) {
    announcer.failure(answer.error);
    return;
  }
  if (answer.value.reviewCase.id !== selected) return;
  renderCase(panel, answer.value, me.userId);
  if (answer.value.escalation && board) {
    board.answered(answer.value.escalation);
    board.render();
  }
}

/** Runs a case action, reloads the case and the queue, then shows the answer. */
async function caseAction(
  form: HTMLElement,
  run: (session: string, caseId: CaseId) => Promise<BrowserAnswer<unknown>>,
  success: string,
): Promise<void> {
  if (!me || !selected) return;
  const session = me.session;
  const caseId = selected;
  await busy(form, async () => {
    const answer = await run(session, caseId);
    control.checkSession(answer);
    await Promise.all([loadCase(), loadQueue()]);
    announcer.answer(answer, success);
  });
}

async function onEscalation(action: EscalationAction): Promise<void> {
  if (!me || !board) return;
  const session = me.session;
  const escalationId = action.escalationId as EscalationId;
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
  if (answer.ok) board.answered(answer.value);
  else if (answer.error.code === 'invalid_state') board.refused(escalationId, answer.error.status);
  board.render();
  const done = { acknowledge: 'acknowledged', resolve: 'resolved', deescalate: 'de-escalated' };
  announcer.answer(answer, `Escalation ${escalationId} ${done[action.kind]}.`);
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  void loadQueue();
});
document.getElementById('refresh')!.addEventListener('click', () => void loadQueue());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && me) void loadQueue();
});
rows.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button[data-open]');
  if (!button) return;
  selected = button.getAttribute('data-open') as CaseId;
  for (const row of rows.querySelectorAll('tr[aria-current]')) row.removeAttribute('aria-current');
  button.closest('tr')?.setAttribute('aria-current', 'true');
  void loadCase().then(() => {
    if (!panel.hidden) (document.getElementById('case-heading') as HTMLElement).focus();
  });
});
document.getElementById('claim')!.addEventListener('click', (event) => {
  // Why the parent: `busy` disables the buttons inside what it is given.
  const buttons = (event.currentTarget as HTMLElement).parentElement!;
  void caseAction(
    buttons,
    (session, caseId) =>
      callCommand(
        { type: 'claimCase', session, caseId, idempotencyKey: newIdempotencyKey() },
        clock,
      ),
    'Case claimed.',
  );
});
document.getElementById('release')!.addEventListener('click', (event) => {
  // Why the parent: `busy` disables the buttons inside what it is given.
  const buttons = (event.currentTarget as HTMLElement).parentElement!;
  void caseAction(
    buttons,
    (session, caseId) =>
      callCommand(
        { type: 'releaseCase', session, caseId, idempotencyKey: newIdempotencyKey() },
        clock,
      ),
    'Case released.',
  );
});
reassignForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const to = field(reassignForm, 'to');
  void caseAction(
    reassignForm,
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
    `Case reassigned to ${to}.`,
  );
});
decideForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const outcome = field(decideForm, 'outcome') as 'approve' | 'reject' | 'modify';
  const reason = field(decideForm, 'reason');
  const advice = field(decideForm, 'advice');
  const breakGlass = field(decideForm, 'breakGlass') === 'yes';
  const breakGlassReason = field(decideForm, 'breakGlassReason');
  void caseAction(
    decideForm,
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
    `Decision recorded: ${outcome}.`,
  ).then(() => {
    if (document.body.dataset.lastCode === 'ok') decideForm.reset();
  });
});
