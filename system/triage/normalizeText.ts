import { withEnglishGlossary } from './foreignGlossary.js';

// Letters that look like Latin ones (Cyrillic, Greek, a few others), folded to the Latin
// letter a reader sees. Lower case only, since text is lower-cased first; RED_FLAGS.md lists them.
const CONFUSABLE_LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'h',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
};

// Anything but printable ASCII, tab and newlines takes the full Unicode path.
const NON_ASCII = /[^\t\n\r -~]/;
const ASCII_SEPARATOR = /[^a-z0-9'`]+/;
// Marks go after decomposition (accents); format characters (zero-width, bidi, soft hyphen)
// are dropped rather than split on, so a zero-width space inside a word leaves the word whole.
const MARK_OR_FORMAT = /^[\p{M}\p{Cf}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Why apostrophes join rather than split: patients write "can't" and "cant" alike, and one
// token per contraction keeps phrases such as "can't breathe" two words either way.
const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02BC', '`']);
const SKIP = '';
const classified = new Map<string, string | null>();

/**
 * Splits a message into lower-case Latin word tokens, robust to casing, accents, fullwidth and
 * styled letters, zero-width and bidi characters, confusable letters, punctuation and emoji.
 */
export function normalizeText(text: string): string[] {
  const tokens = withEnglishGlossary(splitTokens(text));
  return tokens.includes('in') ? withoutInLaws(tokens) : tokens;
}

const KIN = new Set(['mother', 'father', 'sister', 'brother', 'son', 'daughter']);

/**
 * "mother-in-law's" read as "mothers": one relative, one token. Why: the rules count words
 * between a finding's parts, and "my mother in laws chest" would push "chest" out of reach.
 */
function withoutInLaws(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const law = tokens[i + 2];
    if (KIN.has(tokens[i]!) && tokens[i + 1] === 'in' && (law === 'law' || law === 'laws')) {
      out.push(law === 'laws' ? `${tokens[i]}s` : tokens[i]!);
      i += 2;
    } else out.push(tokens[i]!);
  }
  return out;
}

function splitTokens(text: string): string[] {
  // Stryker disable next-line ConditionalExpression: the fast path; the general one gives the same tokens (normalizeText.test.ts)
  if (!NON_ASCII.test(text)) return asciiTokens(text.toLowerCase());
  // NFKD rather than NFKC: the compatibility fold is the same (fullwidth and styled letters
  // become ASCII) and the decomposition puts accents apart as marks, ready to be dropped.
  const folded = text.normalize('NFKD').toLowerCase();
  const tokens: string[] = [];
  let token = '';
  for (const char of folded) {
    const code = char.charCodeAt(0);
    const part =
      // Stryker disable next-line ConditionalExpression,EqualityOperator: ASCII inline; classify() gives any character below 0x81 the same part
      code < 0x80
        ? (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
          ? char
          : APOSTROPHES.has(char)
            ? SKIP
            : null
        : classify(char);
    if (part === null) {
      if (token !== '') tokens.push(token);
      token = '';
    } else {
      token += part;
    }
  }
  if (token !== '') tokens.push(token);
  return tokens;
}

// The common case, plain ASCII, by one split: several times faster than the loop above.
function asciiTokens(lower: string): string[] {
  const tokens: string[] = [];
  for (const piece of lower.split(ASCII_SEPARATOR)) {
    const token = piece.replace(/['`]/g, '');
    if (token !== '') tokens.push(token);
  }
  return tokens;
}

/** What a non-ASCII character adds to a token: letters (folded), nothing, or null to split. */
function classify(char: string): string | null {
  const known = classified.get(char);
  // Stryker disable next-line ConditionalExpression: a cache; the part is recomputed the same
  if (known !== undefined) return known;
  const part =
    APOSTROPHES.has(char) || MARK_OR_FORMAT.test(char)
      ? SKIP
      : LETTER_OR_DIGIT.test(char)
        ? (CONFUSABLE_LETTERS[char] ?? char)
        : null;
  // Why a bound: hostile text could otherwise fill the cache with every code point there is.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound, memory only
  if (classified.size < 4096) classified.set(char, part);
  return part;
}

/**
 * The text folded as tokens are (lower case, accents and format characters dropped,
 * fullwidth, styled and look-alike letters read as Latin), punctuation and digits kept: what
 * the reader of numbers sees, so that "Temр 40.3" with a Cyrillic р reads as a temperature.
 */
export function foldText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKD').toLowerCase()) {
    if (MARK_OR_FORMAT.test(char)) continue;
    out += CONFUSABLE_LETTERS[char] ?? char;
  }
  return out;
}
