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
function rig(answer: (call: number) => unknown, latency = 0) {
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
      .serverFor(VERSION, { patientId: 'pat_1', ruleAcuity: 5 })
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

test('the response cache forgets the least recently used entry first', () => {
  const cache = new ResponseCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  cache.get('a');
  cache.set('c', 3);
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
});
