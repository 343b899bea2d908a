import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusStats, formatStats } from './corpusStats.js';
import { generateTaggedCorpus } from './generateCorpus.js';

/** CLI: `npx tsx training/corpus/writeCorpus.ts --seed 7 --out /tmp/corpus.jsonl [--stats]`. */
function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '7' },
      out: { type: 'string' },
      stats: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const tagged = generateTaggedCorpus(seed);
  if (values.out) {
    const lines = tagged.map(({ text, acuity, family }) =>
      JSON.stringify({ text, acuity, family }),
    );
    writeFileSync(values.out, `${lines.join('\n')}\n`);
    console.log(`wrote ${tagged.length} examples to ${values.out}`);
  }
  if (values.stats) console.log(formatStats(corpusStats(tagged)));
  if (!values.out && !values.stats) console.log('nothing to do: pass --out FILE and/or --stats');
}

main();
