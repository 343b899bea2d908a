import type { Viz } from '@viz-js/viz';

let viz: Promise<Viz> | undefined;

/**
 * Renders Graphviz DOT to SVG with Graphviz compiled to WebAssembly (@viz-js/viz): nothing to
 * install, no binary, no download. The first call loads it (~60 ms), later calls reuse it.
 */
export async function renderSvg(dot: string): Promise<string> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  return (await viz).renderString(dot, { format: 'svg' });
}
