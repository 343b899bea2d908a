import { readVignettes } from '../clinical/readVignettes.js';
import { evaluateRedFlags, MAX_MESSAGE_CODE_POINTS } from '../system/index.js';
import { type BenchRow, benchRow } from './BenchRow.js';

const perCallUs = (texts: readonly string[], rounds: number): number[] => {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const text of texts) evaluateRedFlags(text);
    out.push(((performance.now() - t0) * 1000) / texts.length);
  }
  return out;
};

/**
 * The red-flag rules alone on patient messages (issue 16's target: under 50 us a message of up
 * to 2,000 characters): the dev vignettes as written, and the same padded to the size limit.
 */
export function triageRulesRows(): BenchRow[] {
  const texts = readVignettes('dev').map((v) => v.text);
  perCallUs(texts, 1);
  const long = texts.map((t, i) => {
    let out = t;
    for (let k = i + 1; [...out].length < MAX_MESSAGE_CODE_POINTS - 200; k++)
      out += `. ${texts[k % texts.length]}`;
    return out;
  });
  return [
    benchRow(
      `red-flag rules on one message (${texts.length} dev vignettes, mean per call)`,
      '-',
      '< 50 us',
      perCallUs(texts, 5),
      'us',
      (m) => m < 50,
    ),
    benchRow(
      'red-flag rules on one message of 1,800-2,000 characters',
      '-',
      '< 50 us',
      perCallUs(long.slice(0, 300), 5),
      'us',
      (m) => m < 50,
    ),
  ];
}
