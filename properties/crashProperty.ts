import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { traceOf } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { bundleCrashChild } from './crash/bundleCrashChild.js';
import { CrashableSystem } from './crash/CrashableSystem.js';
import { CrashStep, crashStep, printCrashStep } from './crash/CrashStep.js';
import { runCrashTrace } from './crash/runCrashTrace.js';

/**
 * Crash recovery (invariant 22): the system runs in a child process on a file database (WAL,
 * synchronous=FULL); the property kills it with SIGKILL during a message and restarts it, and
 * checks the recovered state. Each run is a fresh database.
 */
export const crashProperty: PropertyDefinition<CrashStep> = {
  name: 'crash',
  trace: (maxSteps) =>
    fc
      .array(crashStep, { maxLength: maxSteps, size: 'max' })
      .map((steps) => traceOf(steps, printCrashStep)),
  print: printCrashStep,
  stepSchema: CrashStep,
  machines: [],
  variants: ['write-behind'],
  defaultMaxSteps: 8,
  // Why: a run starts a process and kills it ~1.5 times; 1000 runs would take 12 minutes.
  runsScale: 0.05,
  runner(variant) {
    const script = bundleCrashChild();
    const dirs: string[] = [];
    let current: CrashableSystem | null = null;
    return {
      async run(steps, probe) {
        const dir = mkdtempSync(join(tmpdir(), 'medassist-crash-'));
        dirs.push(dir);
        current = new CrashableSystem(script, join(dir, 'medassist.db'), variant);
        try {
          await runCrashTrace(steps, current, probe);
        } finally {
          await current.kill();
          rmSync(dir, { recursive: true, force: true });
        }
      },
      close: () => {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
