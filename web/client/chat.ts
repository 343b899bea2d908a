/// <reference lib="dom" />
import type { ConversationId, HistoryPage } from '../../system/index.js';
import { Announcer } from './Announcer.js';
import type { BrowserAnswer } from './callCommand.js';
import { callCommand, newIdempotencyKey } from './callCommand.js';
import { busy } from './h.js';
import { openSubscription } from './openSubscription.js';
import { renderHistoryEntry } from './renderHistoryEntry.js';
import { ServerClock } from './ServerClock.js';
import { SessionStore, type StoredSession } from './SessionStore.js';
import { wireSignIn } from './wireSignIn.js';

const CONVERSATION_KEY = 'medassist.chat.conversation';

const announcer = new Announcer();
const clock = new ServerClock();
const history = document.getElementById('history') as HTMLOListElement;
const messageForm = document.getElementById('message-form') as HTMLFormElement;
let current: StoredSession | null = null;
let subscription: { close(): void } | null = null;

const control = wireSignIn({
  store: new SessionStore('medassist.chat.session'),
  announcer,
  clock,
  async start(session) {
    current = session;
    subscription = openSubscription({
      session: session.session,
      onNotification(notification) {
        // Why reload rather than patch: the history is what the patient may see, decided by
        // the server; a decision changes a reply the page already shows.
        if (notification.kind === 'case.decided') {
          announcer.info('A nurse has reviewed your message.');
          scheduleHistoryReload();
        }
      },
      onWelcome: (_latest, connection) => {
        if (connection > 1) scheduleHistoryReload();
      },
      onResync: () => scheduleHistoryReload(),
    });
    await loadHistory();
  },
  stop() {
    subscription?.close();
    subscription = null;
    current = null;
    sessionStorage.removeItem(CONVERSATION_KEY);
    history.replaceChildren();
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

/** The open conversation, started on first use. */
async function conversation(): Promise<ConversationId | null> {
  const kept = sessionStorage.getItem(CONVERSATION_KEY);
  if (kept) return kept as ConversationId;
  if (!current) return null;
  const answer = await callCommand({ type: 'startConversation', session: current.session }, clock);
  control.checkSession(answer);
  if (!answer.ok) {
    announcer.answer(answer, '');
    return null;
  }
  sessionStorage.setItem(CONVERSATION_KEY, answer.value.conversationId);
  return answer.value.conversationId;
}

/** Reads the whole history of the open conversation, page by page, and shows it. */
async function loadHistory(): Promise<void> {
  const conversationId = sessionStorage.getItem(CONVERSATION_KEY) as ConversationId | null;
  if (!current || !conversationId) {
    history.replaceChildren();
    return;
  }
  const items: HistoryPage['items'] = [];
  let afterSeq: number | null = 0;
  while (afterSeq !== null) {
    const answer: BrowserAnswer<HistoryPage> = await callCommand(
      { type: 'readHistory', session: current.session, conversationId, afterSeq, limit: 100 },
      clock,
    );
    control.checkSession(answer);
    if (!answer.ok) {
      announcer.answer(answer, '');
      return;
    }
    items.push(...answer.value.items);
    afterSeq = answer.value.nextAfterSeq;
  }
  history.replaceChildren(...items.map(renderHistoryEntry));
}

messageForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void busy(messageForm, async () => {
    const text = String(new FormData(messageForm).get('text') ?? '');
    const conversationId = await conversation();
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
    announcer.answer(
      answer,
      answer.ok && answer.value.reply.awaitingReview
        ? 'Sent. A nurse is reviewing this; the reply appears here once they decide.'
        : 'Sent.',
    );
  });
});

document.getElementById('new-conversation')!.addEventListener('click', async () => {
  const kept = sessionStorage.getItem(CONVERSATION_KEY) as ConversationId | null;
  if (current && kept) {
    const answer = await callCommand(
      { type: 'closeConversation', session: current.session, conversationId: kept },
      clock,
    );
    control.checkSession(answer);
    // Why go on after a refusal: a conversation closed elsewhere still leaves room for a new one.
    announcer.answer(answer, 'Conversation closed; the next message starts a new one.');
  }
  sessionStorage.removeItem(CONVERSATION_KEY);
  history.replaceChildren();
  (document.getElementById('message-text') as HTMLTextAreaElement).focus();
});
