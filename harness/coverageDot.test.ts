import { expect, test } from 'vitest';
import { coverageDot, shade } from './coverageDot.js';
import { chainModel } from './fixtures/chainProperty.js';
import { ModelCoverage } from './ModelCoverage.js';
import { renderSvg } from './renderSvg.js';

function covered() {
  const c = new ModelCoverage(chainModel);
  for (let i = 0; i < 100; i++) c.record('s0', 'NOISE_0', true, 's0');
  c.record('s0', 'ADVANCE', true, 's1');
  return c.summary();
}

test('labels taken edges with their counts and draws the never-taken ones red and dashed', () => {
  const dot = coverageDot(covered());
  expect(dot).toContain(
    '"s0" -> "s0" [label="NOISE_0\\n×100 (99.0%)", color="#08306b", penwidth=4.00]',
  );
  expect(dot).toContain(
    '"s0" -> "s1" [label="ADVANCE\\n×1 (1.0%)", color="#9eb8d5", penwidth=1.45]',
  );
  expect(dot).toContain(
    '"s3" -> "s4" [label="ADVANCE\\nnever taken", color="#d62728", fontcolor="#d62728", style=dashed',
  );
  expect(dot).toContain('"s4" [color="#d62728", fontcolor="#d62728", style="rounded,dashed"]');
  expect(dot).toContain('"__start" -> "s0"');
});

test('shades on a log scale between the rarest and the most taken edge', () => {
  expect(shade(1, { min: 1, max: 100 })).toBeCloseTo(0.15);
  expect(shade(10, { min: 1, max: 100 })).toBeCloseTo(0.575);
  expect(shade(100, { min: 1, max: 100 })).toBe(1);
  expect(shade(5, { min: 5, max: 5 })).toBe(1);
});

// Why this test: the map must render with nothing installed but the npm package.
test('renders to SVG with Graphviz in WebAssembly', async () => {
  const svg = await renderSvg(coverageDot(covered()));
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('<svg');
  expect(svg).toContain('never taken');
});
