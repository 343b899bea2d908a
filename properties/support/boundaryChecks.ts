import { check } from '../../harness/InvariantViolation.js';
import type { Expected } from '../../models/boundaryModel.js';
import type { StoreCounts } from '../../system/index.js';
import type { RawResponse } from './rawHttp.js';

/** What the boundary runner checks on an answer over HTTP, and on the records around it. */
export const escalated = (response: RawResponse): boolean =>
  (response.body as { value?: { reply?: { escalated?: boolean } } }).value?.reply?.escalated ===
  true;

/** Every answer: no 5xx, a typed body, and the headers no answer may go without. */
export function checkAnswer(response: RawResponse, i: number): void {
  check(response.status < 500, 'typed', i, () => `answered ${response.status}: ${response.text}`);
  const body = response.body as { ok?: unknown; error?: { code?: unknown } } | null;
  check(
    body !== null &&
      (body.ok === true || (body.ok === false && typeof body.error?.code === 'string')),
    'typed',
    i,
    () => `an answer that is not a typed answer: ${response.status} ${response.text.slice(0, 200)}`,
  );
  check(
    response.headers['cache-control'] === 'no-store' &&
      response.headers['x-content-type-options'] === 'nosniff',
    'headers',
    i,
    () =>
      `answered with Cache-Control ${response.headers['cache-control']}, X-Content-Type-Options ${response.headers['x-content-type-options']}`,
  );
}

export function expectStatus(
  response: RawResponse,
  expected: Expected,
  invariant: string,
  i: number,
): void {
  const body = response.body as { ok: boolean; error?: { code: string } };
  const code = body.ok ? null : (body.error?.code ?? '?');
  check(
    response.status === expected.status && code === expected.code,
    invariant,
    i,
    () =>
      `answered ${response.status} ${code ?? 'ok'}, expected ${expected.status} ${expected.code ?? 'ok'}`,
    () => ({ expected, actual: { status: response.status, body: response.body } }),
  );
}

export function expectAudited(
  before: StoreCounts & { auditEvents: number },
  after: StoreCounts & { auditEvents: number },
  events: number,
  invariant: string,
  i: number,
): void {
  check(
    after.auditEvents === before.auditEvents + events,
    invariant,
    i,
    () => `${after.auditEvents - before.auditEvents} audit events, expected ${events}`,
  );
}

export function expectUnchanged(
  before: StoreCounts & { auditEvents: number },
  after: StoreCounts & { auditEvents: number },
  invariant: string,
  i: number,
): void {
  check(
    JSON.stringify(before) === JSON.stringify(after),
    invariant,
    i,
    () => `a replay changed records: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
  );
}
