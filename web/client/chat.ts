/// <reference lib="dom" />
import type { ConversationId, ConversationSummary, HistoryPage } from '../../system/index.js';
import { Announcer } from './Announcer.js';
import type { BrowserAnswer } from './callCommand.js';
import { callCommand, newIdempotencyKey } from './callCommand.js';
import { busy, h } from './h.js';
import { openSubscription } from './openSubscription.js';
import { localTime } from './renderConversation.js';
import { callLink, renderHistoryEntry } from './renderHistoryEntry.js';
import { ServerClock } from './ServerClock.js';
import { SessionStore, type StoredSession } from './SessionStore.js';
import { wireSignIn } from './wireSignIn.js';

const announcer = new Announcer();
const clock = new ServerClock();
const history = document.getElementById('history') as HTMLOListElement;
const empty = document.getElementById('history-empty')!;
const banner = document.getElementById('emergency-banner')!;
const messageForm = document.getElementById('message-form') as HTMLFormElement;
const messageError = document.getElementById('message-error');
const conversationHeading = document.getElementById('conversation-heading')!;
const pastList = document.getElementById('conversation-list')!;
const past = document.getElementById('past-conversations') as HTMLDetailsElement;
let current: StoredSession | null = null;
let subscription: { close(): void } | null = null;
/** The conversation shown; null until the first message starts one. */
let shown: ConversationSummary | null = null;

const control = wireSignIn({
  store: new SessionStore('medassist.chat.session'),
  announcer,
  clock,
  realm: 'patient',
  async start(session) {
    current = session;
    subscription = openSubscription({
      session: session.session,
      onNotification(notification, replayed) {
        // Why reload rather than patch: the history is what the patient may see, decided by
        // the server; a decision changes a reply the page already shows.
        if (notification.kind === 'case.decided') {
          if (!replayed) announcer.info('A nurse has reviewed your message. Their reply is below.');
          scheduleHistoryReload();
        }
      },
      onWelcome: (_latest, connection) => {
        if (connection > 1) scheduleHistoryReload();
      },
      onResync: () => scheduleHistoryReload(),
    });
    await loadConversations();
  },
  stop() {
    subscription?.close();
    subscription = null;
    current = null;
    shown = null;
    history.replaceChildren();
    pastList.replaceChildren();
    showBanner(null);
  },
});

let historyReload: ReturnType<typeof setTimeout> | null = null;

/** Reloads the history soon; decisions that arrive together cost one reload. */
function scheduleHistoryReload(): void {
  if (historyReload !== null) return;
  historyReload = setTimeout(() => {
    historyReload = null;
    void loadHistory();
  }, 50);
}

/**
 * Lists the patient's conversations from the server (any device, any tab) and shows the
 * newest open one; the others are listed below it to read back.
 */
async function loadConversations(): Promise<void> {
  if (!current) return;
  const answer = await callCommand({ type: 'listConversations', session: current.session }, clock);
  control.checkSession(answer);
  if (!answer.ok) {
    announcer.failure(answer.error);
    return;
  }
  const all = answer.value.conversations;
  shown = all.find((c) => c.status === 'active') ?? null;
  renderPast(all.filter((c) => c !== shown));
  await loadHistory();
}

function renderPast(others: readonly ConversationSummary[]): void {
  past.hidden = others.length === 0;
  pastList.replaceChildren(
    ...others.map((c) => {
      const button = h(
        'button',
        { type: 'button', class: 'secondary' },
        `Read the conversation of ${localTime(c.openedAt, clock.now())} (${c.messages} message${c.messages === 1 ? '' : 's'}${c.status === 'closed' ? ', closed' : ''})`,
      );
      button.addEventListener('click', () => {
        shown = c;
        void loadHistory().then(() => conversationHeading.focus());
      });
      return h('li', {}, button);
    }),
  );
}

/** Shows the emergency banner for an emergency reply (or refusal), or hides it. */
function showBanner(advice: string | null): void {
  banner.hidden = advice === null;
  banner.replaceChildren(
    ...(advice === null
      ? []
      : [
          h('p', { class: 'banner-title' }, 'This may be an emergency'),
          h('p', {}, advice),
          h('p', {}, callLink()),
        ]),
  );
}

/** Reads the whole history of the conversation shown, page by page, and shows it. */
async function loadHistory(): Promise<void> {
  const conversation = shown;
  conversationHeading.textContent =
    conversation === null || conversation.status === 'active'
      ? 'Your conversation'
      : `Conversation of ${localTime(conversation.openedAt, clock.now())} (closed)`;
  messageForm.hidden = conversation?.status === 'closed';
  if (!current || !conversation) {
    history.replaceChildren();
    empty.hidden = false;
    return;
  }
  const items: HistoryPage['items'] = [];
  let afterSeq: number | null = 0;
  while (afterSeq !== null) {
    const answer: BrowserAnswer<HistoryPage> = await callCommand(
      {
        type: 'readHistory',
        session: current.session,
        conversationId: conversation.id,
        afterSeq,
        limit: 100,
      },
      clock,
    );
    control.checkSession(answer);
    if (!answer.ok) {
      announcer.failure(answer.error);
      return;
    }
    items.push(...answer.value.items);
    afterSeq = answer.value.nextAfterSeq;
  }
  if (shown !== conversation) return;
  const now = clock.now();
  history.replaceChildren(...items.map((item) => renderHistoryEntry(item, now)));
  empty.hidden = items.length > 0;
  const last = items.at(-1)?.reply;
  showBanner(last?.escalated ? last.advice : null);
}

/** The open conversation, started on first use. */
async function openConversation(): Promise<ConversationId | null> {
  if (shown?.status === 'active') return shown.id;
  if (!current) return null;
  const answer = await callCommand({ type: 'startConversation', session: current.session }, clock);
  control.checkSession(answer);
  if (!answer.ok) {
    announcer.answer(answer, '', messageError);
    return null;
  }
  shown = {
    id: answer.value.conversationId,
    patientId: current.userId as never,
    status: 'active',
    openedAt: clock.now(),
    closedAt: null,
    messages: 0,
  };
  return shown.id;
}

messageForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(messageForm, async () => {
    announcer.clear();
    const text = String(new FormData(messageForm).get('text') ?? '');
    const conversationId = await openConversation();
    if (!current || !conversationId) return;
    const answer = await callCommand(
      {
        type: 'sendMessage',
        session: current.session,
        conversationId,
        text,
        idempotencyKey: newIdempotencyKey(),
      },
      clock,
    );
    control.checkSession(answer);
    if (answer.ok) messageForm.reset();
    await loadHistory();
    // A refused message that showed an emergency still owes the patient the call to action.
    if (!answer.ok && answer.emergencyAdvice) showBanner(answer.emergencyAdvice);
    const reply = answer.ok ? answer.value.reply : null;
    announcer.answer(
      answer,
      reply?.escalated
        ? 'Sent. This may be an emergency: see the message at the top.'
        : reply?.awaitingReview
          ? 'Sent. A nurse is reviewing this; their reply will appear here.'
          : 'Sent. The reply is below your message.',
      messageError,
    );
    if (!banner.hidden) banner.focus();
  });
});

document.getElementById('new-conversation')!.addEventListener('click', async () => {
  announcer.clear();
  if (current && shown?.status === 'active') {
    const answer = await callCommand(
      { type: 'closeConversation', session: current.session, conversationId: shown.id },
      clock,
    );
    control.checkSession(answer);
    // Why go on after a refusal: a conversation closed elsewhere still leaves room for a new one.
    announcer.answer(
      answer,
      'Conversation closed; your next message starts a new one.',
      messageError,
    );
  }
  shown = null;
  await loadConversations();
  (document.getElementById('message-text') as HTMLTextAreaElement).focus();
});
