import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startTestServer } from '../server/startTestServer.js';
import { anonymousRows } from './anonymousRows.js';
import { histogramSvg } from './histogramSvg.js';
import { BUCKET_EDGES_MS, summarizeLatencies } from './loads/LatencySummary.js';
import { type LoadName, runLoad } from './loads/runLoad.js';
import { benchmarksSection, withBenchmarksSection } from './readmeSection.js';
import { recoveryRuns } from './recoveryRuns.js';
import { ServerProcess } from './ServerProcess.js';
import { spawnDriver } from './spawnDriver.js';

// Why no timing asserted: a shared machine's timing is noise for a pass/fail; these tests only
// prove that every driver, the server process and the report writers work, with tiny budgets.
const tiny = {
  runs: 1,
  durationMs: 150,
  warmupMs: 0,
  workers: 3,
  patients: 2,
  nurses: 2,
  cases: 4,
};

describe('load drivers, tiny budgets', () => {
  test.each<LoadName>(['chat', 'inference', 'commands', 'queue', 'notifications'])(
    '%s runs against a test server with no failed request',
    async (load) => {
      const test = await startTestServer();
      try {
        const { url, wsUrl } = test.server;
        const result = await runLoad({ load, url, wsUrl, ...tiny });
        expect(result.runs).toHaveLength(1);
        expect(result.runs[0]!.requests).toBeGreaterThan(0);
        expect(result.runs[0]!.errors).toBe(0);
        if (load === 'chat' || load === 'inference') {
          expect(result.modelVersion).not.toBeNull();
          expect(result.serving?.breakers).toEqual([`${result.modelVersion}: closed`]);
        }
      } finally {
        await test.close();
      }
    },
  );

  test.each([false, true])('in-process commands on a file database, group commit %s', async (g) => {
    const dir = mkdtempSync(join(tmpdir(), 'medassist-bench-test-'));
    try {
      const inProcess = { db: join(dir, 'x.db'), groupCommit: g };
      const result = await runLoad({
        load: 'commandsInProcess',
        url: '',
        wsUrl: '',
        ...tiny,
        inProcess,
      });
      expect(result.runs[0]!.requests).toBeGreaterThan(0);
      expect(result.runs[0]!.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a driver process against a server process, then a crash and recovery', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'medassist-bench-test-'));
    const server = new ServerProcess({ db: join(dir, 'x.db'), groupCommit: true });
    try {
      await server.start();
      const spec = { load: 'commands' as const, url: server.url, wsUrl: server.wsUrl, ...tiny };
      const result = await spawnDriver(spec, 60_000);
      expect(result.runs[0]!.errors).toBe(0);
      expect(server.memory().peakMiB).toBeGreaterThan(0);
      await server.stop();
      const [crash] = await recoveryRuns(dir, 1, 2);
      expect(crash!.lost).toBe(0);
      expect(crash!.recoverySeconds).toBeGreaterThan(0);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report writers', () => {
  test('percentiles and histogram buckets of a run', () => {
    const summary = summarizeLatencies([0.05, 1, 2, 3, 500, 20_000], 1, 2);
    expect(summary).toMatchObject({ requests: 6, errors: 1, perSecond: 3, p50: 3, max: 20_000 });
    expect(summary.histogram).toHaveLength(BUCKET_EDGES_MS.length + 1);
    expect(summary.histogram[0]).toBe(1);
    expect(summary.histogram[BUCKET_EDGES_MS.length]).toBe(1);
    const svg = histogramSvg({ title: 'a <load>', counts: summary.histogram, marks: [] });
    expect(svg).toContain('a &lt;load&gt;');
    // One background, then one bar for each of the six buckets in use.
    expect(svg.match(/<rect /g)).toHaveLength(1 + 6);
  });

  test('the README section is replaced in place, or inserted once', () => {
    const facts = {
      table: '| t |',
      date: 'd',
      node: 'v20',
      cores: 2,
      loadAverage: { start: 1, end: 2, max: 3 },
      totalSeconds: 60,
      budget: { runs: 3, durationMs: 2000, warmupMs: 500 },
    };
    const section = benchmarksSection(facts);
    const readme = '# X\n\n## Intro\n\ntext\n\n## What each folder holds\n\nfolders\n';
    const once = withBenchmarksSection(readme, section);
    expect(once).toContain(`text\n\n${section}\n## What each folder holds`);
    const again = withBenchmarksSection(once, benchmarksSection({ ...facts, table: '| u |' }));
    expect(again.match(/## Benchmarks/g)).toHaveLength(1);
    expect(again).toContain('| u |');
    expect(again).not.toContain('| t |');
    expect(again.endsWith('folders\n')).toBe(true);
  });
});

test('the anonymous-request rows run, tiny budget and cheap hashing', async () => {
  const rows = await anonymousRows({
    rounds: 1,
    refused: 50,
    flood: 5,
    passwordCost: { N: 16, r: 1, p: 1 },
  });
  expect(rows.map((r) => r.unit)).toEqual(['ms', 'ms', 'ms']);
  expect(rows.every((r) => Number.isFinite(r.median))).toBe(true);
});
