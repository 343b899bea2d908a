import type { Rng } from '../createRng.js';

const LONG_WORD = /\b[a-zA-Z]{7,}\b/g;

function misspell(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 3);
  switch (rng.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** Introduces one typo (swap, drop or doubled letter) in one word of seven letters or more. */
export function oneTypo(text: string, rng: Rng): string {
  const words = [...text.matchAll(LONG_WORD)];
  if (words.length === 0) return text;
  const target = rng.pick(words);
  const start = target.index ?? 0;
  return text.slice(0, start) + misspell(target[0], rng) + text.slice(start + target[0].length);
}
