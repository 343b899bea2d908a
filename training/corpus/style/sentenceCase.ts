/** Ends each sentence with punctuation and capitalises the first letter of each sentence. */
export function sentenceCase(sentences: readonly string[]): string {
  const text = sentences
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => (/[.!?,:-]$/.test(s) ? s : `${s}.`))
    .join(' ');
  return text.replace(
    /(^|[.!?]\s+)([a-z])/g,
    (_all, before: string, letter: string) => before + letter.toUpperCase(),
  );
}
