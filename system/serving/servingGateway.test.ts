import { describe, expect, test } from 'vitest';
import { DEFAULT_DEPLOYMENT_CONFIG } from '../deployment/DeploymentConfig.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import { VirtualClock } from '../ports/VirtualClock.js';
import { openSqliteStore } from '../store/openSqliteStore.js';
import { breakerAt } from './circuitBreaker.js';
import { ResponseCache } from './ResponseCache.js';
import { servingGateway } from './servingGateway.js';

const VERSION = 'lr-000000000001';
const config = DEFAULT_DEPLOYMENT_CONFIG.serving;

/** A gateway whose one version answers as `answer` says, taking `latency` ms of clock. */
function rig(answer: (call: number) => unknown, latency = 0, ruleAcuity: 1 | 2 | 3 | 4 | 5 = 5) {
  const store = openSqliteStore(':memory:');
  const clock = new VirtualClock();
  let calls = 0;
  const gateway = servingGateway({
    store,
    clock,
    artifacts: { load: () => ({ ok: true, value: { version: VERSION } as TriageModelArtifact }) },
    host: {
      serve: () => ({
        predict: async () => {
          calls++;
          clock.advance(latency);
          return answer(calls);
        },
      }),
    },
    config,
  });
  const ask = (text = 'a cough') =>
    gateway
      .serverFor(VERSION, { patientId: 'pat_1', ruleAcuity })
      .predict({ text, patientId: 'pat_1' })
      .then(
        (p) => p,
        (e: Error) => e.message,
      );
  const breaker = () => {
    const b = store.getBreaker(VERSION);
    return b && breakerAt(b, clock.now(), config).state;
  };
  return { ask, breaker, clock, calls: () => calls, store };
}

const good = { acuity: 4, confidence: 0.9, rationale: 'r', version: VERSION };

describe('the serving gateway', () => {
  test('answers, caches by version and input, and records every call with its version', async () => {
    const r = rig(() => good);
    expect(await r.ask()).toEqual(good);
    expect(await r.ask()).toEqual(good);
    expect(r.calls()).toBe(1);
    expect(r.store.callStats(VERSION, 0, 500)).toEqual({
      calls: 1,
      errors: 0,
      slow: 0,
      disagreements: 0,
    });
  });

  test('refuses late, malformed and mislabelled answers, and opens after the threshold', async () => {
    for (const [answer, latency, outcome] of [
      [() => good, config.timeoutMs + 1, 'timeout'],
      [() => ({ acuity: 9 }), 0, 'malformed'],
      [() => ({ ...good, version: 'lr-ffffffffffff' }), 0, 'malformed'],
      [
        () => {
          throw new Error('down');
        },
        0,
        'error',
      ],
    ] as const) {
      const r = rig(answer, latency);
      for (let i = 0; i < config.failureThreshold; i++)
        expect(await r.ask(`text ${i}`)).toContain(outcome);
      expect(r.breaker()).toBe('open');
      // Why this check: invariant 23, no call reaches a server while its breaker is open.
      expect(await r.ask('another')).toContain('short_circuit');
      expect(r.calls()).toBe(config.failureThreshold);
    }
  });

  test('half-opens after the cooldown: one success closes it, one failure reopens it', async () => {
    const r = rig((call) => (call <= 3 ? { acuity: 9 } : good));
    for (let i = 0; i < 3; i++) await r.ask(`text ${i}`);
    expect(r.breaker()).toBe('open');
    r.clock.advance(config.cooldownMs);
    expect(r.breaker()).toBe('half_open');
    expect(await r.ask('trial')).toEqual(good);
    expect(r.breaker()).toBe('closed');

    const again = rig(() => ({ acuity: 9 }));
    for (let i = 0; i < 3; i++) await again.ask(`text ${i}`);
    again.clock.advance(config.cooldownMs);
    expect(await again.ask('trial')).toContain('malformed');
    expect(again.breaker()).toBe('open');
  });
});

describe('deadlines and trials', () => {
  test('an answer at the deadline is served; a failure past it is a timeout', async () => {
    expect(await rig(() => good, config.timeoutMs).ask()).toEqual(good);
    const late = rig(() => {
      throw new Error('down');
    }, config.timeoutMs + 1);
    expect(await late.ask()).toBe(`model ${VERSION} unavailable: timeout`);
    const onTime = rig(() => {
      throw new Error('down');
    }, config.timeoutMs);
    expect(await onTime.ask()).toBe(`model ${VERSION} unavailable: error`);
  });

  // Why: a half-open breaker lets one trial call through; a second call while it is in
  // flight must not reach a server that is still suspect.
  test('a half-open breaker lets one trial through at a time', async () => {
    let release: (value: unknown) => void = () => {};
    const r = rig((call) =>
      call === 4 ? new Promise((resolve) => (release = resolve)) : call <= 3 ? { acuity: 9 } : good,
    );
    for (let i = 0; i < 3; i++) await r.ask(`text ${i}`);
    r.clock.advance(config.cooldownMs);
    const trial = r.ask('trial');
    expect(await r.ask('meanwhile')).toContain('short_circuit');
    expect(r.calls()).toBe(4);
    release(good);
    expect(await trial).toEqual(good);
    expect(r.breaker()).toBe('closed');
    expect(await r.ask('after')).toEqual(good);
    expect(r.calls()).toBe(5);
  });

  test('a failed trial frees the breaker for the next trial after the cooldown', async () => {
    const r = rig((call) => (call <= 4 ? { acuity: 9 } : good));
    for (let i = 0; i < 3; i++) await r.ask(`text ${i}`);
    r.clock.advance(config.cooldownMs);
    expect(await r.ask('trial')).toContain('malformed');
    r.clock.advance(config.cooldownMs);
    expect(await r.ask('second trial')).toEqual(good);
  });

  test("each call records the model's acuity beside the rules'", async () => {
    const r = rig(() => good, 0, 2);
    await r.ask();
    // The rules saw an emergency (2) and the model did not (4): one disagreement.
    expect(r.store.callStats(VERSION, 0, 500).disagreements).toBe(1);
  });
});

test('the response cache never holds more than its capacity, whatever the misses', () => {
  const cache = new ResponseCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  expect(cache.get('missing')).toBeUndefined();
  cache.set('c', 3);
  expect(cache.size).toBe(2);
  const none = new ResponseCache<number>(0);
  none.set('a', 1);
  expect([none.size, none.get('a')]).toEqual([0, undefined]);
});

test('the response cache forgets the least recently used entry first', () => {
  const cache = new ResponseCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  cache.get('a');
  cache.set('c', 3);
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
});
