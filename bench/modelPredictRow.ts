import { directoryArtifactStore, predict } from '../system/index.js';
import { type BenchRow, benchRow } from './BenchRow.js';
import { symptomTexts } from './loads/symptomTexts.js';

/**
 * The trained model's own cost: `predict` on one message, in this process, with no store, no
 * HTTP and no audit (what the inference rows pay per request besides everything else).
 */
export function modelPredictRow(version: string): BenchRow {
  const artifact = directoryArtifactStore('artifacts').load(version);
  if (!artifact.ok) throw new Error(`no artifact ${version}: ${JSON.stringify(artifact.error)}`);
  const texts = symptomTexts();
  const calls = 2000;
  const perCall: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) predict(artifact.value, `${texts[i % texts.length]} (${i})`);
    perCall.push(((performance.now() - t0) * 1000) / calls);
  }
  return benchRow(
    `model predict() alone, in-process (${version}), for comparison`,
    '-',
    '-',
    perCall,
    'us',
    null,
  );
}
