import fc from 'fast-check';

/**
 * A command that cannot pass the boundary's schema, as JSON: not an object, an unknown type, a
 * field of the wrong type or out of range, or a required field missing; with or without a
 * correlation id, valid or not. `$session` and `$conversation` stand for a real session and
 * conversation id, filled in when the step runs, so that only the named defect is wrong.
 */
export const malformedCommand: fc.Arbitrary<unknown> = fc
  .record({
    shape: fc.oneof(
      fc.constantFrom(null, 42, 'sendMessage', [] as unknown[]),
      fc.constant({ type: 'noSuchCommand', session: '$session' }),
      fc.constant({
        type: 'sendMessage',
        session: '$session',
        conversationId: '$conversation',
        text: 42,
      }),
      fc.constant({ type: 'sendMessage', session: '$session', text: 'chest pain' }),
      fc.constant({
        type: 'readHistory',
        session: '$session',
        conversationId: '$conversation',
        limit: 0,
      }),
      fc.constant({ type: 'closeConversation', session: 7, conversationId: '$conversation' }),
      fc.constant({ type: 'x'.repeat(129), session: '$session' }),
    ),
    correlationId: fc.option(
      fc.constantFrom('corr-from-client', '', 'c'.repeat(128), 'c'.repeat(129), 7),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ shape, correlationId }) =>
    correlationId === undefined ||
    shape === null ||
    typeof shape !== 'object' ||
    Array.isArray(shape)
      ? shape
      : { ...shape, correlationId },
  );
