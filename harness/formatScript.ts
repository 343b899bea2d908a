import type { StepFailure } from './StepFailure.js';
import { sideBySide } from './sideBySide.js';

/**
 * A shrunk trace as a script (one numbered line a step), the failing step marked with `>`,
 * and under it the model's expectation beside the system's answer when the property gave them.
 */
export function formatScript(script: string, failure: StepFailure | null | undefined): string[] {
  const lines = script === '' ? [] : script.split('\n');
  const at = failure?.stepIndex;
  if (at === undefined || at >= lines.length) return lines.map((l) => `  ${l}`);
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(`${i === at ? '>' : ' '} ${line}`);
    if (i !== at) return;
    const indent = ' '.repeat(7);
    const broken = failure?.invariant
      ? `invariant ${failure.invariant} broken here`
      : 'failed here';
    out.push(`${indent}^ ${broken}`);
    if (failure?.expected !== undefined || failure?.actual !== undefined) {
      for (const row of sideBySide(failure.expected, failure.actual)) out.push(`${indent}${row}`);
    }
  });
  return out;
}
