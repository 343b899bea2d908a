/** What an escalation's deadline line shows, and whether it is overdue. */
export interface SlaText {
  text: string;
  overdue: boolean;
}

/**
 * A duration with its units, rounded down to the second: `45 s`, `4 min 05 s`, `2 h 03 min`.
 * Why units: `4:05` read as a clock time in a trial run.
 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  if (hours > 0) return `${hours} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/**
 * The countdown to an escalation's acknowledgement deadline on the server's clock, then how
 * far past it; when the deadline is not known, the time since it was raised.
 */
export function slaText(deadline: number | null, raisedAt: number, now: number): SlaText {
  if (deadline === null)
    return { text: `Raised ${formatDuration(now - raisedAt)} ago`, overdue: false };
  const left = deadline - now;
  return left >= 0
    ? { text: `Acknowledge within ${formatDuration(left)}`, overdue: false }
    : { text: `Overdue by ${formatDuration(-left)}`, overdue: true };
}
