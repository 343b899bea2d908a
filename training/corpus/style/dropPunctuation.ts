/** Strips punctuation the way hurried typists do, keeping decimals (38.5) and ratios (124/80). */
export function dropPunctuation(text: string): string {
  return text
    .replace(/[.,](?!\d)|(?<!\d)[.,]/g, '')
    .replace(/[!?;:'"]/g, '')
    .replace(/\s+-\s+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
