import fc from 'fast-check';
import { isEnglishWord } from './englishWords.js';
import { REAL_WORDS } from './realWords.js';

/** One typo in one word of 5 or more ASCII letters, the most the red-flag rules promise to read. */
export type Typo = {
  word: number;
  at: number;
  kind: 'insert' | 'delete' | 'substitute' | 'transpose';
  letter: string;
};

/** A change to one letter that a reader still reads as that letter. */
export type LetterDisguise = {
  at: number;
  kind: 'accent' | 'fullwidth' | 'invisible' | 'confusable' | 'styled';
  variant: number;
};

/** How a text is garbled while it keeps its meaning; every field shrinks to "unchanged". */
export type Perturbation = {
  casing: 'as_written' | 'lower' | 'upper' | 'title' | 'random';
  casingSeed: number;
  typos: Typo[];
  disguises: LetterDisguise[];
  separators: { at: number; noise: string }[];
  frame: [string, string];
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MARKS = ['\u0301', '\u0300', '\u0308', '\u0302', '\u0303', '\u030A', '\u0327', '\u030C'];
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F'];
// Look-alikes from Cyrillic and Greek, as RED_FLAGS.md lists them; capitals only where their
// lower case is still the look-alike (Greek capital nu lowers to a letter that reads as v).
const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'α'],
  c: ['с'],
  e: ['е', 'ε'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  x: ['х', 'χ'],
  y: ['у'],
  h: ['һ'],
  k: ['κ'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  S: ['Ѕ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['У'],
};
// Mathematical alphanumeric styles with no holes: bold, bold italic, bold fraktur, sans-serif
// bold, monospace (capital A's code point; the small letters follow the 26 capitals).
const STYLES = [0x1d400, 0x1d468, 0x1d56c, 0x1d5d4, 0x1d670];
const NOISE = [
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  ' ... ',
  '!!! ',
  ', ',
  ' - ',
  '?? ',
  ' 😭 ',
  '😭',
  '🙏',
  ' 🤒🤕 ',
  ' 🤦‍♀️ ',
  ' (!!) ',
  '…',
  ' *** ',
  '/',
  '\u3000',
  '\u00A0',
];
// Frames keep a separator between themselves and the text, as a patient's "hi," would.
const OPENINGS = ['', ' ', '   ', '\n', '😷 ', '... ', 'HELP ', 'hi, ', 'Hello!!\n'];
const CLOSINGS = ['', ' ', '\n', '!!!', ' 😷', '...', ' thanks', ' pls help', '?', ' 🙏🙏'];

/** Perturbations, shrinking toward none. */
export const perturbation = (): fc.Arbitrary<Perturbation> =>
  fc.record({
    casing: fc.constantFrom('as_written', 'lower', 'upper', 'title', 'random'),
    casingSeed: fc.nat(),
    typos: fc.array(
      fc.record({
        word: fc.nat(),
        at: fc.nat(),
        kind: fc.constantFrom('insert', 'delete', 'substitute', 'transpose'),
        letter: fc.constantFrom(...LETTERS),
      }),
      { maxLength: 2 },
    ),
    disguises: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('accent', 'fullwidth', 'invisible', 'confusable', 'styled'),
        variant: fc.nat(),
      }),
      { maxLength: 8 },
    ),
    separators: fc.array(fc.record({ at: fc.nat(), noise: fc.constantFrom(...NOISE) }), {
      maxLength: 4,
    }),
    frame: fc.tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...CLOSINGS)),
  });

/**
 * Applies one typo to each of up to two distinct words of 5+ ASCII letters (a run of letters,
 * so never inside a contraction's short half), as the robustness contract allows: a typo that
 * would spell a real word ("choking" as "cooking") is left out.
 */
export function applyTypos(text: string, typos: readonly Typo[]): string {
  const words = [...text.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return text;
  const edits = new Map<number, Typo>();
  for (const typo of typos) {
    const index = typo.word % words.length;
    if (!edits.has(index)) edits.set(index, typo);
  }
  let out = text;
  for (const index of [...edits.keys()].sort((a, b) => b - a)) {
    const match = words[index]!;
    const start = match.index;
    const typo = misspell(match[0], edits.get(index)!);
    const next = out.slice(0, start) + typo + out.slice(start + match[0].length);
    const spelt = tokenAt(next, start);
    if (!isEnglishWord(spelt) && !REAL_WORDS.has(spelt)) out = next;
  }
  return out;
}

/** The word at `at` as the rule engine reads it: letters joined across apostrophes, lower case. */
function tokenAt(text: string, at: number): string {
  const letter = /[A-Za-z'\u2019]/;
  let start = at;
  while (start > 0 && letter.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && letter.test(text[end]!)) end++;
  return text
    .slice(start, end)
    .replace(/['\u2019]/g, '')
    .toLowerCase();
}

function misspell(word: string, typo: Typo): string {
  const n = word.length;
  switch (typo.kind) {
    case 'insert': {
      const at = typo.at % (n + 1);
      return word.slice(0, at) + typo.letter + word.slice(at);
    }
    case 'delete': {
      const at = typo.at % n;
      return word.slice(0, at) + word.slice(at + 1);
    }
    case 'substitute': {
      const at = typo.at % n;
      return word.slice(0, at) + typo.letter + word.slice(at + 1);
    }
    case 'transpose': {
      const at = typo.at % (n - 1);
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    }
  }
}

/** Applies casing, letter disguises, separator noise and the frame (typos come first, apart). */
export function perturbText(text: string, p: Perturbation): string {
  let out = recase(text, p.casing, p.casingSeed);
  const letters = [...out.matchAll(/[A-Za-z]/g)].map((m) => m.index);
  if (letters.length > 0) {
    const chosen = new Map<number, LetterDisguise>();
    for (const d of p.disguises) {
      const at = letters[d.at % letters.length]!;
      if (!chosen.has(at)) chosen.set(at, d);
    }
    for (const at of [...chosen.keys()].sort((a, b) => b - a)) {
      out = out.slice(0, at) + disguise(out[at]!, chosen.get(at)!) + out.slice(at + 1);
    }
  }
  const spaces = [...out.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length > 0) {
    const chosen = new Map<number, string>();
    for (const s of p.separators) chosen.set(spaces[s.at % spaces.length]!, s.noise);
    for (const at of [...chosen.keys()].sort((a, b) => b - a)) {
      out = out.slice(0, at) + chosen.get(at) + out.slice(at + 1);
    }
  }
  return p.frame[0] + out + p.frame[1];
}

function recase(text: string, casing: Perturbation['casing'], seed: number): string {
  switch (casing) {
    case 'as_written':
      return text;
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'title':
      return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
    case 'random': {
      // A small xorshift keeps "random" casing a pure function of the generated seed.
      let x = seed | 1;
      return text.replace(/[A-Za-z]/g, (c) => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x & 1 ? c.toUpperCase() : c.toLowerCase();
      });
    }
  }
}

function disguise(letter: string, d: LetterDisguise): string {
  const code = letter.charCodeAt(0);
  const upper = code < 0x61;
  switch (d.kind) {
    case 'accent': {
      const marked = letter + MARKS[d.variant % MARKS.length];
      return d.variant % 2 === 0 ? marked.normalize('NFC') : marked;
    }
    case 'fullwidth':
      return String.fromCharCode(code + 0xfee0);
    case 'invisible':
      return letter + INVISIBLES[d.variant % INVISIBLES.length];
    case 'confusable': {
      const options = LOOK_ALIKES[letter];
      return options === undefined ? letter : options[d.variant % options.length]!;
    }
    case 'styled': {
      const base = STYLES[d.variant % STYLES.length]! + (upper ? code - 0x41 : 26 + code - 0x61);
      return String.fromCodePoint(base);
    }
  }
}
