import fc from 'fast-check';
import { z } from 'zod';

/** The patients of the boundary world (by index) and the accounts a sign-in may name. */
export const BOUNDARY_PATIENTS = 2;
export const SIGN_IN_ACCOUNTS = ['nurse', 'pat0', 'pat1', 'ghost'] as const;

/** The commands a reused idempotency key is sent with, and the bodies each may carry. */
export const KEYED_COMMANDS = ['sendMessage', 'readHistory', 'startConversation'] as const;

/** List filters of `readQueue` and the lengths a step sends them with (at, past, far past 5). */
export const LIST_FIELDS = ['status', 'acuity'] as const;
export const LIST_LENGTHS = [0, 1, 5, 6, 64, 40_000] as const;

/** Why a red-flag message is refused, or `none` (then it is taken and escalated). */
export const EMERGENCY_REFUSALS = [
  'too_long',
  'invalid_characters',
  'closed',
  'not_owner',
  'none',
] as const;

export const ORIGINS = ['foreign', 'null', 'cross-site', 'same', 'none'] as const;
export const CONTENT_TYPES = ['json', 'text', 'form', 'multipart', 'none'] as const;
export const ORIGIN_COMMANDS = ['bootstrapAdmin', 'sendMessage', 'readQueue', 'ack'] as const;

/** Values a query parameter is given: strict integers and what is not. */
export const QUERY_VALUES = [
  '0',
  '1',
  '16',
  '500',
  '1000',
  '1001',
  '9007199254740991',
  '9007199254740992',
  '',
  '0x10',
  '-1',
  '+1',
  '1.5',
  '1e3',
  '01',
  '%201',
  'abc',
  'twice',
] as const;

export const WAITS = [1_000, 3_000, 12_000, 60_000, 20 * 60_000] as const;

const index = (n: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(n - 1);

/** One boundary request (or a few at once), as a shrink log holds it. */
export const BoundaryStep = z.discriminatedUnion('type', [
  /** A patient sends a command with idempotency key `k<key>` (`again`: and retries it). */
  z.object({
    type: z.literal('KEYED'),
    actor: index(BOUNDARY_PATIENTS),
    key: index(3),
    command: z.enum(KEYED_COMMANDS),
    body: index(3),
    again: z.boolean(),
  }),
  /** The nurse reads the queue with a list filter of a given length. */
  z.object({
    type: z.literal('LIST'),
    field: z.enum(LIST_FIELDS),
    length: z.number().int().min(0).max(200_000),
  }),
  /** A patient sends a red-flag message that is refused for a reason, or taken. */
  z.object({
    type: z.literal('EMERGENCY'),
    refusal: z.enum(EMERGENCY_REFUSALS),
    text: index(3),
  }),
  /** A state-changing request with an origin and a content type. */
  z.object({
    type: z.literal('ORIGIN'),
    command: z.enum(ORIGIN_COMMANDS),
    origin: z.enum(ORIGINS),
    contentType: z.enum(CONTENT_TYPES),
  }),
  /**
   * `count` sign-ins at once from peer 127.0.0.<10 + peer> for one account, with the right or
   * a wrong password; and, with `real`, a staff or patient sign-in from another peer beside it.
   */
  z.object({
    type: z.literal('SIGN_IN'),
    peer: index(3),
    account: z.enum(SIGN_IN_ACCOUNTS),
    password: z.enum(['right', 'wrong']),
    count: z.number().int().min(1).max(12),
    real: z.boolean(),
  }),
  /** The nurse reads the outbox with a query parameter. */
  z.object({
    type: z.literal('QUERY'),
    param: z.enum(['after', 'limit']),
    value: z.enum(QUERY_VALUES),
  }),
  /** The virtual clock moves on (buckets refill, locks run out). */
  z.object({ type: z.literal('WAIT'), ms: z.number().int().min(0) }),
]);
export type BoundaryStep = z.infer<typeof BoundaryStep>;

/** The step generator: every class often enough to meet each of its variants in 100 runs. */
export const boundaryStep: fc.Arbitrary<BoundaryStep> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('KEYED' as const),
      actor: fc.nat({ max: BOUNDARY_PATIENTS - 1 }),
      key: fc.nat({ max: 2 }),
      command: fc.constantFrom(...KEYED_COMMANDS),
      body: fc.nat({ max: 2 }),
      again: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('LIST' as const),
      field: fc.constantFrom(...LIST_FIELDS),
      length: fc.constantFrom(...LIST_LENGTHS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('EMERGENCY' as const),
      refusal: fc.constantFrom(...EMERGENCY_REFUSALS),
      text: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('ORIGIN' as const),
      command: fc.constantFrom(...ORIGIN_COMMANDS),
      origin: fc.constantFrom(...ORIGINS),
      contentType: fc.constantFrom(...CONTENT_TYPES),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('SIGN_IN' as const),
      peer: fc.nat({ max: 2 }),
      account: fc.constantFrom(...SIGN_IN_ACCOUNTS),
      password: fc.constantFrom('right' as const, 'wrong' as const),
      count: fc.integer({ min: 1, max: 12 }),
      real: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('QUERY' as const),
      param: fc.constantFrom('after' as const, 'limit' as const),
      value: fc.constantFrom(...QUERY_VALUES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('WAIT' as const), ms: fc.constantFrom(...WAITS) }),
  },
);

/** A step as one line of a script. */
export function printBoundaryStep(step: BoundaryStep): string {
  switch (step.type) {
    case 'KEYED':
      return `p${step.actor} ${step.command}#${step.body} with key k${step.key}${step.again ? ', sent twice' : ''}`;
    case 'LIST':
      return `readQueue with ${step.length} ${step.field} values`;
    case 'EMERGENCY':
      return `red-flag message #${step.text}, ${step.refusal === 'none' ? 'taken' : `refused: ${step.refusal}`}`;
    case 'ORIGIN':
      return `${step.command} from origin ${step.origin} as ${step.contentType}`;
    case 'SIGN_IN':
      return `${step.count} x signIn ${step.account} (${step.password} password) from peer ${step.peer}${step.real ? ', with a real sign-in beside' : ''}`;
    case 'QUERY':
      return `GET /api/notifications?${step.param}=${step.value}`;
    case 'WAIT':
      return `wait ${step.ms} ms`;
  }
}
