/// <reference lib="dom" />

import { Subscription } from '../../server/client/Subscription.js';
import type { Notification } from '../../system/index.js';

/** What a page does with its outbox. */
export interface PageSubscriptionHooks {
  session: string;
  /** Resume after this position; by default after the server's record of the last ack. */
  lastAcked?: number;
  onNotification(notification: Notification, replayed: boolean): void;
  /** Each welcome: the first, and each after a reconnection (the page may reload then). */
  onWelcome(latest: number, connection: number): void;
  onResync(): void;
}

/**
 * Subscribes to the session's outbox over `/ws` with the typed client's `Subscription`
 * (resume from the last sequence number after a drop, duplicates dropped, gaps refused), and
 * keeps `#connection` saying whether it is live. A notification is `replayed` when it was
 * written before the first welcome.
 */
export function openSubscription(hooks: PageSubscriptionHooks): { close(): void } {
  let replayedUpTo = Number.POSITIVE_INFINITY;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const subscription = new Subscription({
    url: `${scheme}://${location.host}/ws`,
    session: hooks.session,
    ...(hooks.lastAcked === undefined ? {} : { lastAcked: hooks.lastAcked }),
    onNotification: (n) => hooks.onNotification(n, n.seq <= replayedUpTo),
    onResync: () => hooks.onResync(),
    onFrame: (frame, connection) => {
      if (frame.type !== 'welcome') return;
      if (connection === 1) replayedUpTo = frame.latest;
      hooks.onWelcome(frame.latest, connection);
    },
  });
  const indicator = document.getElementById('connection')!;
  // Why poll: the subscription reconnects by itself and has no event for a drop; a quarter
  // second is soon enough for a person and costs nothing.
  const show = () => {
    const live = String(subscription.live);
    if (indicator.dataset.live === live) return;
    indicator.dataset.live = live;
    indicator.textContent = subscription.live ? 'Live' : 'Reconnecting…';
  };
  const poll = setInterval(show, 250);
  subscription.connect().then(show, () => show());
  return {
    close() {
      clearInterval(poll);
      indicator.dataset.live = 'false';
      indicator.textContent = 'Offline';
      void subscription.close();
    },
  };
}
