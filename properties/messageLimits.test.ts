import fc from 'fast-check';
import { expect, test } from 'vitest';
import { symptomText } from '../generators/symptomText.js';
import { withoutForbiddenCharacters } from '../system/conversation/messageLimits.js';
import { MAX_MESSAGE_CODE_POINTS, messageViolation } from '../system/index.js';
import { rejectionCode } from './support/rejectionCode.js';

// Why here as well as in the walks: a walk sends a few dozen messages in a bounded run, so a
// limit that stopped refusing would meet one oversize text in it, or none.
test('every generated text breaks exactly the limit its class says, or none', () => {
  fc.assert(
    fc.property(symptomText(), ({ text, textClass }) => {
      expect(messageViolation(text)).toBe(textClass === 'ok' ? null : rejectionCode(textClass));
    }),
    { numRuns: 500, seed: 23 },
  );
});

test('the size limit counts code points, not UTF-16 units', () => {
  const emoji = '\u{1F912}';
  expect(messageViolation(emoji.repeat(MAX_MESSAGE_CODE_POINTS))).toBeNull();
  expect(messageViolation(emoji.repeat(MAX_MESSAGE_CODE_POINTS + 1))).toBe('message_too_long');
  expect(messageViolation(`a${'b'.repeat(MAX_MESSAGE_CODE_POINTS)}`)).toBe('message_too_long');
});

// Why: a refused message is still scanned for red flags, so a control character typed inside
// a word must be removed, not replaced, or it would hide the emergency the word names.
test('forbidden characters are removed before a refused message is scanned', () => {
  expect(withoutForbiddenCharacters('crushing ch\u0001est pa\u007Fin')).toBe('crushing chest pain');
});
