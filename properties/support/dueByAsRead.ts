import type { Page } from 'playwright-core';

/**
 * How a nurse reads a due time in the page's own locale: the time, and the day before it when
 * it falls on another day than today ("Dec 3, 12:21 AM"), as it does near midnight, where a
 * bare time would read as this morning's.
 */
export function dueByAsRead(page: Page, at: number): Promise<string> {
  return page.evaluate((dueAt) => {
    const due = new Date(dueAt);
    const time = due.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
    if (due.toDateString() === new Date().toDateString()) return time;
    return `${due.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })}, ${time}`;
  }, at);
}
