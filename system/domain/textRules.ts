import { z } from 'zod';
import { FORBIDDEN_CHARACTER } from '../conversation/messageLimits.js';

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they make
 * text display in another order than it was written ("Dr. Ann" shown as someone else, a
 * reason read backwards). The marks (U+200E, U+200F) stay allowed: right-to-left names need them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * What a display name may not contain: any control character (tab and line breaks included:
 * a name is one line), a lone surrogate (not storable as UTF-8), or a bidi control.
 */
const NAME_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * A display name: 1 to 100 characters once trimmed, refused (never cleaned) if it holds a
 * character above. Why refuse: a stored name must read back exactly as it was given, and NUL
 * or a lone surrogate once went into the database as invalid UTF-8 (issue 17, D12).
 */
export const DisplayName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine(
    (name) => !NAME_FORBIDDEN.test(name) && !BIDI_CONTROL.test(name),
    'control characters, lone surrogates and bidirectional overrides are not allowed',
  );

/**
 * Free text a person writes into the record (a reason, a note, a nurse's advice): the rules
 * of a message (no control character but tab and line breaks, no lone surrogate), and no bidi
 * control either.
 */
export const recordText = (schema: z.ZodString) =>
  schema.refine(
    (text) => !FORBIDDEN_CHARACTER.test(text) && !BIDI_CONTROL.test(text),
    'control characters, lone surrogates and bidirectional overrides are not allowed',
  );
