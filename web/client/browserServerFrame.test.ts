import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ServerFrame } from '../../server/realtime/frames.js';
import { ServerFrame as BrowserServerFrame } from './browserServerFrame.js';

const anyValue = fc.oneof(
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom(
    0.5,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.string({ maxLength: 3 }),
  fc.constantFrom(null, undefined, true, [], {}),
  fc.constant([{ path: 'a', message: 'b' }]),
  fc.constant([{ path: 1, message: 'b' }]),
  fc.constant([{ path: 'a', message: 'b', extra: 1 }]),
);

const frame = fc.record(
  {
    type: fc.constantFrom('welcome', 'notification', 'resync', 'acked', 'synced', 'error', 'hello'),
    recipient: anyValue,
    after: anyValue,
    latest: anyValue,
    firstAvailable: anyValue,
    seq: anyValue,
    kind: anyValue,
    body: anyValue,
    createdAt: anyValue,
    id: anyValue,
    code: anyValue,
    message: anyValue,
    issues: anyValue,
    extra: anyValue,
  },
  { requiredKeys: ['type'] },
);

const position = fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER));
const validFrame = fc.oneof(
  fc.record({
    type: fc.constant('welcome'),
    recipient: fc.string(),
    after: position,
    latest: position,
    timeline: fc.string(),
  }),
  fc.record({
    type: fc.constant('notification'),
    seq: fc.integer({ min: 1 }),
    kind: fc.string(),
    body: anyValue,
    createdAt: fc.integer(),
    extra: anyValue,
  }),
  fc.record({
    type: fc.constant('resync'),
    after: position,
    firstAvailable: position,
    latest: position,
  }),
  fc.record({ type: fc.constant('acked'), seq: position }),
  fc.record({ type: fc.constant('synced'), id: fc.string() }),
  fc.record(
    {
      type: fc.constant('error'),
      code: fc.string(),
      message: fc.string(),
      issues: fc.array(fc.record({ path: fc.string(), message: fc.string(), extra: anyValue })),
    },
    { requiredKeys: ['type', 'code', 'message'] },
  ),
);

// Why this test: the browser bundle checks frames by hand instead of with zod; the two must
// accept the same frames and hand the client the same data, or the pages drift from the wire.
test('the browser frame check agrees with the zod schema', () => {
  const accepted = new Map<string, number>();
  fc.assert(
    fc.property(fc.oneof(frame, validFrame), (value) => {
      const zod = ServerFrame.safeParse(value);
      const browser = BrowserServerFrame.safeParse(value);
      expect(browser.success).toBe(zod.success);
      if (zod.success && browser.success) {
        expect(browser.data).toStrictEqual(zod.data);
        accepted.set(zod.data.type, (accepted.get(zod.data.type) ?? 0) + 1);
      }
    }),
    { numRuns: 5000, seed: 20261125 },
  );
  // Why count: a generator that only made refused frames would prove nothing about the rest.
  expect([...accepted.keys()].sort()).toEqual([
    'acked',
    'error',
    'notification',
    'resync',
    'synced',
    'welcome',
  ]);
});
