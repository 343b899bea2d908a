import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'medassist-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `npm run props` as a user would, minus npm; never reaches vitest for these cases. */
async function props(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'cli/props.ts', ...args], {
      env: { ...process.env, GITHUB_SHA: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

// Why one process per case: the exit code and stderr are the contract, not the parser alone.
test.each([
  [['--bogus'], "Unknown option '--bogus'"],
  [['--runs', 'many'], '--runs must be a whole number from 1 to 1000000000, got "many"'],
  [['--shard', '5/4'], '--shard must look like 2/4 (shard 1 to N of N), got "5/4"'],
  [['--until-coverage', '150'], '--until-coverage must be a percentage above 0, at most 100'],
  [['--replay', 'shrink-logs/none/0.json'], 'no shrink log at shrink-logs/none/0.json'],
  [['--show', 'nowhere.json'], 'no shrink log at nowhere.json'],
])('%j exits with code 2, the reason and the usage', async (args, message) => {
  const { code, stderr } = await props(...args);
  expect(code).toBe(2);
  expect(stderr).toContain(`npm run props: ${message}`);
  expect(stderr).toContain('usage: npm run props -- [options]');
});

test('--help prints the usage and exits 0', async () => {
  const { code, stdout } = await props('--help');
  expect(code).toBe(0);
  expect(stdout).toContain('--until-coverage P');
  expect(stdout).toContain('--shard I/N');
});

test('--show prints a shrink log as a script; a file that is no shrink log exits 1', async () => {
  const file = join(tmp, '9.json');
  writeFileSync(
    file,
    JSON.stringify({
      property: 'chain',
      variant: null,
      seed: 9,
      path: '1',
      steps: [{}],
      script: '  1. advance(lane=0)',
      error: 'invariant model broken at step 1: boom',
      failure: { stepIndex: 0, invariant: 'model', expected: 's1', actual: 's0' },
      version: '0.1.0',
      commit: 'unknown',
      recordedAt: '2026-01-01T00:00:00.000Z',
    }),
  );
  const shown = await props('--show', file);
  expect(shown.code).toBe(0);
  expect(shown.stdout).toContain('>   1. advance(lane=0)');
  expect(shown.stdout).toContain('≠ (value)  "s1"           "s0"');
  writeFileSync(join(tmp, 'bad.json'), '{"property": 1}');
  const bad = await props('--show', join(tmp, 'bad.json'));
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('is not a shrink log');
});
