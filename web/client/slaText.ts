/** What an escalation's SLA cell shows, and whether it is overdue. */
export interface SlaText {
  text: string;
  overdue: boolean;
}

/** `m:ss` (or `h:mm:ss`) of a duration in ms, rounded down to the second. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const s = String(total % 60).padStart(2, '0');
  const m = Math.floor(total / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The countdown to an escalation's acknowledgement deadline, all times from the server's
 * clock; when the deadline is not known (a notification that did not carry it), the time
 * since it was raised.
 */
export function slaText(deadline: number | null, raisedAt: number, now: number): SlaText {
  if (deadline === null)
    return { text: `raised ${formatDuration(now - raisedAt)} ago`, overdue: false };
  const left = deadline - now;
  return left >= 0
    ? { text: `acknowledge within ${formatDuration(left)}`, overdue: false }
    : { text: `SLA passed ${formatDuration(-left)} ago`, overdue: true };
}
