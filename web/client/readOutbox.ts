/// <reference lib="dom" />
import type { CommandError, Notification, NotificationPage } from '../../system/index.js';
import type { ClientError } from './callCommand.js';
import type { ServerClock } from './ServerClock.js';

/** Where reading stopped: the last position read, or why it could not go on. */
export type OutboxRead =
  | { ok: true; position: number }
  | { ok: false; error: CommandError | ClientError };

const PAGE = 1000;

/**
 * Reads every notification the session's user still has, oldest first, over
 * `GET /api/notifications` (no acks, no replay over the WebSocket): how the dashboard rebuilds
 * what only notifications tell, such as open escalations. Past retention it starts at the
 * oldest one kept.
 */
export async function readOutbox(
  session: string,
  onNotification: (n: Notification) => void,
  clock?: ServerClock,
): Promise<OutboxRead> {
  let after = 0;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(`/api/notifications?after=${after}&limit=${PAGE}`, {
        headers: { authorization: `Bearer ${session}` },
      });
    } catch (error) {
      return { ok: false, error: { code: 'unreachable', message: String(error) } };
    }
    clock?.observe(response.headers.get('date'));
    const answer = (await response.json().catch(() => null)) as
      | { ok: true; value: NotificationPage }
      | { ok: false; error: CommandError }
      | null;
    if (!answer || typeof answer.ok !== 'boolean')
      return { ok: false, error: { code: 'bad_answer', status: response.status } };
    if (!answer.ok) return answer;
    const { notifications, latest, resync } = answer.value;
    if (resync) {
      // Why go on: the oldest notifications were pruned; the rest still tell what is open.
      if (resync.firstAvailable - 1 <= after) return { ok: true, position: latest };
      after = resync.firstAvailable - 1;
      continue;
    }
    for (const n of notifications) {
      onNotification(n);
      after = n.seq;
    }
    if (notifications.length < PAGE || after >= latest) return { ok: true, position: after };
  }
}
