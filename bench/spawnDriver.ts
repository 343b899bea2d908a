import { spawn } from 'node:child_process';
import type { LoadResult, LoadSpec } from './loads/runLoad.js';

/**
 * Runs a load in a process of its own (`bench/loadDriver.ts`), so that the clients do not
 * share an event loop with the server or the orchestrator; killed after `timeoutMs`.
 */
export function spawnDriver(spec: LoadSpec, timeoutMs: number): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/loadDriver.ts', JSON.stringify(spec)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk.toString()}`.slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve(JSON.parse(stdout) as LoadResult);
        return;
      }
      const why = signal === 'SIGKILL' ? `killed after ${timeoutMs} ms` : `exit ${code ?? signal}`;
      reject(new Error(`the ${spec.load} driver failed (${why}): ${stderr}`));
    });
  });
}
