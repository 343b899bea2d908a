import { localTime } from './renderConversation.js';
import { formatDuration } from './slaText.js';

/**
 * What a case's due time reads as on the server's clock: the local time it is due by, then,
 * once past, how long it is overdue (the nurse must see which cases are late).
 */
export function dueText(dueAt: number, now: number): { text: string; overdue: boolean } {
  return now <= dueAt
    ? { text: `Due by ${localTime(dueAt, now)}`, overdue: false }
    : { text: `Overdue by ${formatDuration(now - dueAt)}`, overdue: true };
}

/** A patient's name with their age when known: `Pat Jones, 67`. */
export function nameWithAge(name: string, age: number | undefined | null): string {
  return age === undefined || age === null ? name : `${name}, ${age}`;
}
