import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import {
  boundaryWorld,
  emergencyExpectation,
  keyedExpectation,
  listExpectation,
  originExpectation,
  queryExpectation,
  SIGN_IN_STATUS,
  type SignInRequest,
  signInOutcomes,
} from '../../models/boundaryModel.js';
import { refusedAdviceProblem } from '../../models/triageAdvice.js';
import type { RunningServer } from '../../server/startServer.js';
import type { StoreCounts, System, VirtualClock } from '../../system/index.js';
import {
  checkAnswer,
  escalated,
  expectAudited,
  expectStatus,
  expectUnchanged,
} from './boundaryChecks.js';
import { JSON_TYPE, keyedRequest, originRequest } from './boundaryRequests.js';
import type { BoundaryStep } from './boundaryStep.js';
import { type BoundaryCast, passwordOf, usernameOf } from './boundaryWorld.js';
import { type RawRequest, type RawResponse, rawRequest } from './rawHttp.js';

/** What a boundary run drives and reads: the server, the system it serves, its clock. */
export interface BoundaryRig {
  server: RunningServer;
  system: System;
  clock: VirtualClock;
  passwords: { checks: number };
  cast: BoundaryCast;
}

const RED_FLAG_KEYED_BODY = 1;

/** Red-flag texts the rules flag (the conversation property covers which ones). */
export const EMERGENCY_TEXTS = [
  'crushing chest pain going down my left arm',
  "I can't breathe and my lips are turning blue",
  'my face is drooping on one side and my speech is slurred',
] as const;

const PADDING = ' and'.repeat(600);

const STATUS_VALUES = ['pending', 'claimed', 'approved', 'rejected', 'modified'];

/**
 * The boundary property's run: each step is sent over real HTTP (from the peer it names) and
 * its answer held to the model (`models/boundaryModel.ts`): status, typed error code, the
 * answer's fields that matter (a key's conflict, an emergency's advice, a limit's retry), the
 * audit events it must append and the records it may change; and on every answer no 5xx, a
 * typed body, `no-store` and `nosniff`. The audit chain must verify at the end.
 */
export async function runBoundaryTrace(
  steps: readonly BoundaryStep[],
  rig: BoundaryRig,
  probe: RunProbe,
): Promise<void> {
  const world = boundaryWorld();
  const firstAnswers = new Map<string, string>();
  const url = rig.server.url;
  let requests = 0;
  const send = async (i: number, request: RawRequest): Promise<RawResponse> => {
    const response = await rawRequest(url, request);
    requests++;
    const code = (response.body as { error?: { code?: unknown } } | null)?.error?.code;
    probe.label('answer', `${response.status} ${typeof code === 'string' ? code : 'ok'}`);
    checkAnswer(response, i);
    return response;
  };

  for (const [i, step] of steps.entries()) {
    probe.label('class', step.type);
    const before = rig.system.counts();
    const fail = (invariant: string, detail: string) =>
      check(false, invariant, i, () => `${detail} (${JSON.stringify(step)})`);
    switch (step.type) {
      case 'WAIT': {
        rig.clock.advance(step.ms);
        world.now += step.ms;
        probe.digest(`wait ${step.ms}\n`);
        continue;
      }
      case 'KEYED': {
        for (let sent = 0; sent < (step.again ? 2 : 1); sent++) {
          const before = rig.system.counts();
          const patient = rig.cast.patients[step.actor]!;
          const { fields, body } = keyedRequest(step, patient.open);
          const expected = keyedExpectation(world, step.actor, step.key, step.command, fields);
          const response = await send(i, {
            path: `/api/commands/${step.command}`,
            headers: {
              'content-type': JSON_TYPE,
              authorization: `Bearer ${patient.session}`,
              'idempotency-key': `k${step.key}`,
            },
            body: JSON.stringify(body),
          });
          probe.digest(`${step.command} k${step.key}\n${response.text}\n`);
          probe.label('key', expected.kind);
          const slot = `${step.actor}:${step.key}`;
          const after = rig.system.counts();
          if (expected.kind === 'first') {
            expectStatus(response, { status: 200, code: null }, 'idempotency', i);
            firstAnswers.set(slot, response.text);
            expectAudited(before, after, 1, 'idempotency', i);
            if (step.command === 'sendMessage' && step.body === RED_FLAG_KEYED_BODY)
              check(
                escalated(response),
                'idempotency',
                i,
                () =>
                  `a red-flag message sent with a fresh key was not escalated: ${response.text}`,
              );
          } else if (expected.kind === 'replay') {
            check(
              response.text === firstAnswers.get(slot),
              'idempotency',
              i,
              () =>
                `the same request with the same key answered ${response.text}, not the first answer`,
              () => ({ expected: JSON.parse(firstAnswers.get(slot)!), actual: response.body }),
            );
            expectUnchanged(before, after, 'idempotency', i);
          } else {
            expectStatus(response, { status: 409, code: 'idempotency_conflict' }, 'idempotency', i);
            const error = (response.body as { error: Record<string, unknown> }).error;
            check(
              error.idempotencyKey === `k${step.key}` && error.firstType === expected.firstType,
              'idempotency',
              i,
              () =>
                `the conflict names ${JSON.stringify(error)}, expected k${step.key} first used for ${expected.firstType}`,
            );
            expectAudited(before, after, 1, 'idempotency', i);
            const advice = (response.body as { emergencyAdvice?: string }).emergencyAdvice;
            if (step.command === 'sendMessage' && step.body === RED_FLAG_KEYED_BODY) {
              const problem =
                advice === undefined ? 'no emergency advice' : refusedAdviceProblem(advice);
              check(
                problem === null,
                'emergency',
                i,
                () => `a red-flag message refused for its key: ${problem}`,
              );
            } else if (advice !== undefined)
              fail('emergency', `advice on a message without a red flag: ${advice}`);
          }
        }
        continue;
      }
      case 'LIST': {
        const values = Array.from({ length: step.length }, (_, n) =>
          step.field === 'status' ? STATUS_VALUES[n % 5] : (n % 5) + 1,
        );
        const response = await send(i, {
          path: '/api/commands/readQueue',
          headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${rig.cast.nurse.session}` },
          body: JSON.stringify({ [step.field]: values }),
        });
        probe.digest(`list ${step.field} ${step.length}\n${response.status}\n`);
        const expected = listExpectation(step.length);
        expectStatus(response, expected, 'limits', i);
        if (expected.code === 'invalid_command') {
          const issues = (response.body as { error: { issues: Array<{ path: string }> } }).error
            .issues;
          check(
            issues.length === 1 && issues[0]!.path === step.field,
            'limits',
            i,
            () => `the refusal names ${JSON.stringify(issues)}, not the field ${step.field}`,
          );
        }
        expectAudited(before, rig.system.counts(), 1, 'limits', i);
        continue;
      }
      case 'EMERGENCY': {
        const [pat0, pat1] = rig.cast.patients as [
          BoundaryCast['patients'][0],
          BoundaryCast['patients'][0],
        ];
        const base = EMERGENCY_TEXTS[step.text]!;
        const { conversationId, text } = {
          too_long: { conversationId: pat0.open, text: `${base}${PADDING}` },
          invalid_characters: { conversationId: pat0.open, text: `${base}\u0007` },
          closed: { conversationId: pat0.closed, text: base },
          not_owner: { conversationId: pat1.open, text: base },
          none: { conversationId: pat0.open, text: base },
        }[step.refusal];
        const response = await send(i, {
          path: '/api/commands/sendMessage',
          headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${pat0.session}` },
          body: JSON.stringify({ conversationId, text }),
        });
        probe.digest(`emergency ${step.refusal}\n${response.text}\n`);
        const expected = emergencyExpectation(step.refusal);
        expectStatus(response, expected, 'emergency', i);
        const after = rig.system.counts();
        expectAudited(before, after, 1, 'emergency', i);
        if (expected.code === null) {
          check(
            escalated(response),
            'emergency',
            i,
            () => `a red-flag message was not escalated: ${response.text}`,
          );
          continue;
        }
        const advice = (response.body as { emergencyAdvice?: string }).emergencyAdvice;
        const problem = advice === undefined ? 'no emergency advice' : refusedAdviceProblem(advice);
        check(
          problem === null,
          'emergency',
          i,
          () => `a refused red-flag message (${step.refusal}): ${problem}: ${advice}`,
        );
        check(
          after.escalations === before.escalations && after.messages === before.messages,
          'emergency',
          i,
          () => 'a refused message was stored or escalated',
        );
        continue;
      }
      case 'ORIGIN': {
        const response = await send(i, originRequest(step, rig));
        probe.digest(
          `origin ${step.command} ${step.origin} ${step.contentType}\n${response.status}\n`,
        );
        const expected = originExpectation(step.command, step.origin, step.contentType);
        expectStatus(response, expected, 'origin', i);
        const after = rig.system.counts();
        expectAudited(before, after, expected.audited ? 1 : 0, 'origin', i);
        const sent = step.command === 'sendMessage' && expected.code === null ? 1 : 0;
        check(
          after.users === before.users && after.messages === before.messages + sent,
          'origin',
          i,
          () => `records changed: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
        );
        if (expected.code === 'cross_origin' && expected.audited)
          check(
            rig.system.lastAuditEvent()?.outcome.detail === 'cross_origin',
            'origin',
            i,
            () =>
              `a cross-origin request audited as ${JSON.stringify(rig.system.lastAuditEvent())}`,
          );
        continue;
      }
      case 'SIGN_IN': {
        await signInStep(step, rig, world, send, probe, i, before);
        continue;
      }
      case 'QUERY': {
        const query =
          step.value === 'twice'
            ? `${step.param}=1&${step.param}=2`
            : `${step.param}=${step.value}`;
        const response = await send(i, {
          method: 'GET',
          path: `/api/notifications?${query}`,
          headers: { authorization: `Bearer ${rig.cast.nurse.session}` },
        });
        probe.digest(`query ${query}\n${response.status}\n`);
        expectStatus(response, queryExpectation(step.param, step.value), 'query', i);
        expectAudited(before, rig.system.counts(), 0, 'query', i);
        continue;
      }
    }
  }
  probe.measure('requests', requests);
  const chain = rig.system.verifyAudit();
  check(chain.ok, '18', Math.max(steps.length - 1, 0), () => JSON.stringify(chain));
}

async function signInStep(
  step: Extract<BoundaryStep, { type: 'SIGN_IN' }>,
  rig: BoundaryRig,
  world: ReturnType<typeof boundaryWorld>,
  send: (i: number, request: RawRequest) => Promise<RawResponse>,
  probe: RunProbe,
  i: number,
  before: StoreCounts & { auditEvents: number },
): Promise<void> {
  const burst: SignInRequest = {
    peer: `127.0.0.${10 + step.peer}`,
    account: step.account,
    right: step.password === 'right' && step.account !== 'ghost',
  };
  const realAccount = step.account === 'nurse' ? 'pat0' : 'nurse';
  const real: SignInRequest = { peer: '127.0.0.99', account: realAccount, right: true };
  const requests = [...Array<SignInRequest>(step.count).fill(burst), ...(step.real ? [real] : [])];
  const expected = signInOutcomes(world, requests);
  const checks = rig.passwords.checks;
  const responses = await Promise.all(
    requests.map((r) =>
      send(i, {
        path: '/api/commands/signIn',
        localAddress: r.peer,
        headers: { 'content-type': JSON_TYPE },
        body: JSON.stringify({
          username: usernameOf(r.account),
          password:
            r === burst && step.password === 'wrong' ? 'a-wrong-password' : passwordOf(r.account),
        }),
      }),
    ),
  );
  const outcome = (r: RawResponse) => {
    const body = r.body as { ok: boolean; error?: { code: string; retryAfterMs?: number } };
    const code = body.ok ? 'ok' : body.error!.code;
    return JSON.stringify({
      status: r.status,
      code,
      retryAfterMs: body.error?.retryAfterMs ?? null,
    });
  };
  const model = (e: (typeof expected)[number]) =>
    JSON.stringify({ status: SIGN_IN_STATUS[e.code], code: e.code, retryAfterMs: e.retryAfterMs });
  const got = responses.slice(0, step.count).map(outcome).sort();
  const want = expected.slice(0, step.count).map(model).sort();
  for (const r of responses)
    probe.label('sign-in', outcome(r).replace(/"retryAfterMs":\d+/, '"retryAfterMs":N'));
  probe.digest(`sign-in ${JSON.stringify(step)}\n${got.join('\n')}\n`);
  check(
    JSON.stringify(got) === JSON.stringify(want),
    'sign-in',
    i,
    () => `concurrent sign-ins answered otherwise than the limits say`,
    () => ({ expected: want.map((w) => JSON.parse(w)), actual: got.map((g) => JSON.parse(g)) }),
  );
  if (step.real)
    check(
      outcome(responses.at(-1)!) === model(expected.at(-1)!),
      'sign-in',
      i,
      () =>
        `the real sign-in beside the burst answered ${outcome(responses.at(-1)!)}, expected ${model(expected.at(-1)!)}`,
    );
  for (const [n, r] of responses.entries()) {
    const wait = (r.body as { error?: { retryAfterMs?: number } }).error?.retryAfterMs;
    if (wait === undefined) continue;
    check(
      r.headers['retry-after'] === String(Math.ceil(wait / 1000)),
      'sign-in',
      i,
      () => `request ${n} waited ${wait} ms but said Retry-After: ${r.headers['retry-after']}`,
    );
  }
  const hashed = expected.filter((e) => e.hashed).length;
  check(
    rig.passwords.checks - checks === hashed,
    'sign-in',
    i,
    () => `${rig.passwords.checks - checks} password checks for ${hashed} admitted sign-ins`,
  );
  const after = rig.system.counts();
  expectAudited(before, after, requests.length, 'sign-in', i);
  const events = [...rig.system.auditLog()].slice(-requests.length);
  const accounts = new Set(
    requests.map((r) => `User/${r.account === 'ghost' ? 'unknown' : rig.cast.ids[r.account]}`),
  );
  for (const event of events)
    check(
      event.subtype === 'signIn' && accounts.has(event.entity.what),
      'sign-in',
      i,
      () => `a sign-in audited as ${JSON.stringify(event)}, naming no account it was for`,
    );
}
