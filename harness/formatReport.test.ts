import { expect, test } from 'vitest';
import { coverageHtml } from './coverageHtml.js';
import { coverageMarkdown } from './coverageMarkdown.js';
import { chainProperty } from './fixtures/chainProperty.js';
import { formatReport } from './formatReport.js';
import { runProperty } from './runProperty.js';

const passing = await runProperty(chainProperty({ labels: true }), {
  seed: 3,
  runs: 400,
  untilCoverage: 100,
  shrinkLogDir: null,
});
const failing = await runProperty(chainProperty(), {
  seed: 1,
  runs: 1000,
  untilCoverage: 100,
  variant: 'stuck-at-s3',
  shrinkLogDir: null,
});

test('the printed report gives coverage, pairs, statistics and the guided target', () => {
  const text = formatReport(passing);
  expect(text).toMatch(
    /^ok {3}chain: \d+ runs, \d+ steps, .* seed 3, digest [0-9a-f]{16} \(coverage target reached\)/,
  );
  expect(text).toMatch(/coverage-guided, target 100% of edges: reached after \d+ runs\n/);
  expect(text).toMatch(
    /model chain: states 5\/5, edges 38\/38, pairs \d+\/\d+, refusals seen \d+\/\d+/,
  );
  expect(text).toMatch(/steps per run: min \d+, median \d+, p90 \d+, max \d+, mean [\d.]+/);
  expect(text).toMatch(/label deepest state \(\d+ in 100\.0% of runs\): s\d [\d.]+%/);
  expect(text).toMatch(/label event \(\d+ in [\d.]+% of runs\): /);
});

test('a failure prints its script with the failing step marked and both sides under it', () => {
  const text = formatReport(failing);
  expect(text).toContain('FAIL chain [variant stuck-at-s3]');
  expect(text).toContain('shrunk trace (4 steps):');
  expect(text).toMatch(/> {3}4\. advance\(lane=\d\)\n {12}\^ invariant model broken here/);
  expect(text).toContain('≠ state  "s4"           "s3"');
  expect(text).toContain('replay: npm run props -- --property chain --seed 1 --until-coverage 100');
});

test('the coverage report lists every edge with its count and what was never exercised', () => {
  const md = coverageMarkdown([passing, failing], (p, m) => `coverage/${p}.${m}.svg`);
  expect(md).toContain('| chain | 5/5 | 38/38 |');
  expect(md).toContain('![coverage map of chain](coverage/chain.chain.svg)');
  expect(md).toMatch(/\| `s0 --ADVANCE--> s1` \| \d+ \|/);
  expect(md).toContain('Transition pairs never taken');
  expect(md).toContain('## chain [variant stuck-at-s3]');
  expect(md).toContain('- label deepest state');
  expect(coverageMarkdown([], () => '')).toContain('No property ran.');
});

test('the HTML coverage report inlines the maps and escapes what it prints', () => {
  const html = coverageHtml([passing], () => '<?xml version="1.0"?>\n<svg id="map"></svg>');
  expect(html).toContain('<div class="map"><svg id="map"></svg></div>');
  expect(html).not.toContain('<?xml');
  expect(html).toContain('pair never taken: s0 --ADVANCE--&gt; s1');
  expect(coverageHtml([passing], () => undefined)).toContain('(no map drawn)');
});
