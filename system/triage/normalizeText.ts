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

const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLE_LETTERS).join('')}]`, 'gu');
// Marks go after decomposition (accents); format characters (zero-width, bidi, soft hyphen)
// are removed rather than split on, so a zero-width space inside a word leaves the word whole.
const MARK_OR_FORMAT = /[\p{M}\p{Cf}]/gu;
// Why apostrophes join rather than split: patients write "can't" and "cant" alike, and one
// token per contraction keeps phrases such as "can't breathe" two words either way.
const APOSTROPHE = /['\u2018\u2019\u02BC`]/gu;
const SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * Splits a message into lower-case Latin word tokens, robust to casing, accents, fullwidth and
 * styled letters, zero-width and bidi characters, confusable letters, punctuation and emoji.
 */
export function normalizeText(text: string): string[] {
  // NFKD rather than NFKC: the compatibility fold is the same (fullwidth and styled letters
  // become ASCII) and the decomposition puts accents apart as marks, ready to be dropped.
  const folded = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARK_OR_FORMAT, '')
    .replace(APOSTROPHE, '')
    .replace(CONFUSABLE, (letter) => CONFUSABLE_LETTERS[letter] ?? letter);
  const tokens = folded.split(SEPARATOR);
  if (tokens[0] === '') tokens.shift();
  if (tokens.at(-1) === '') tokens.pop();
  return tokens;
}
