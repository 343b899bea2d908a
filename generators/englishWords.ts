import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// The contractions people type without their apostrophe, which a dictionary does not list.
const APOSTROPHE_LESS = [
  'wouldnt',
  'shouldnt',
  'couldnt',
  'didnt',
  'doesnt',
  'dont',
  'cant',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'hasnt',
  'havent',
  'hadnt',
  'im',
  'ive',
  'youre',
  'theyre',
  'thats',
];

let words: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case word is English (a 274,000-word dictionary, with apostrophe-less
 * contractions). Why the generator's own dictionary, not the rules' list of everyday words: a
 * typo that spells a real word cannot be told from that word, so the generator never makes
 * one; deciding that from the system's list would let a change to the list hide itself.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set([...readFileSync(wordListPath, 'utf8').split('\n'), ...APOSTROPHE_LESS]);
  return words.has(word);
}
