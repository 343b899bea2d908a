/** The largest message a patient may send, in Unicode code points. */
export const MAX_MESSAGE_CODE_POINTS = 2000;

/**
 * Characters a message may not contain: C0 controls other than tab, line feed and carriage
 * return, DEL, C1 controls, and lone UTF-16 surrogates. Why refuse rather than strip: a stored
 * message is clinical evidence and must read back exactly as the patient sent it.
 */
export const FORBIDDEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Every forbidden character, for removing them all. */
const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN_CHARACTER.source, 'gu');

/**
 * The text with its forbidden characters removed. Why: a refused message is still scanned for
 * red flags, and a control character inside a word must not hide an emergency.
 */
export const withoutForbiddenCharacters = (text: string): string =>
  text.replace(FORBIDDEN_CHARACTERS, '');

/** Whitespace and invisible format characters (zero-width space, joiners, bidi marks). */
const INVISIBLE = /[\s\p{Cf}]/gu;

/** The content rule a message breaks, or null when it may be stored. Checked in this order. */
export type MessageViolation = 'message_empty' | 'message_too_long' | 'message_invalid_characters';

/** Checks a message against the limits above. */
export function messageViolation(text: string): MessageViolation | null {
  if (text.replace(INVISIBLE, '') === '') return 'message_empty';
  if (codePointLength(text) > MAX_MESSAGE_CODE_POINTS) return 'message_too_long';
  if (FORBIDDEN_CHARACTER.test(text)) return 'message_invalid_characters';
  return null;
}

function codePointLength(text: string): number {
  // Why a loop: cheaper than spreading a 100k-character hostile string into an array.
  let n = 0;
  for (const _ of text) n++;
  return n;
}
