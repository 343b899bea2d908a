import { type LatencySummary, summarizeLatencies } from './LatencySummary.js';

/**
 * Runs `workers` loops side by side for `durationMs`, each sending its next request as soon as
 * the previous one is answered (a closed loop: `workers` requests always in flight), or after
 * a pause of about `thinkMs` (0.5 to 1.5 times it, at random, and as much before the first),
 * and times every request. A request that throws or answers `false` counts as an error.
 */
export async function closedLoop(
  workers: number,
  durationMs: number,
  request: (worker: number, n: number) => Promise<boolean>,
  thinkMs = 0,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const think = () =>
    new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
  const loop = async (worker: number) => {
    if (thinkMs > 0) await think();
    for (let n = 0; performance.now() < deadline; n++) {
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await request(worker, n);
      } catch {
        ok = false;
      }
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
      if (thinkMs > 0 && performance.now() < deadline) await think();
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, w) => loop(w)));
  return summarizeLatencies(latencies, errors, (performance.now() - start) / 1000);
}
