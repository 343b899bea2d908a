import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles the crash child into one JavaScript file, so each restart costs a plain `node`
 * start (tens of milliseconds) rather than a TypeScript loader's. Returns its path, inside
 * node_modules/.cache so that the bundle resolves better-sqlite3 from the project.
 */
export function bundleCrashChild(): string {
  const outfile = join('node_modules', '.cache', 'medassist', 'crashChild.mjs');
  buildSync({
    entryPoints: [new URL('./crashChild.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // Why a banner: a bundled ESM file still needs `require` for better-sqlite3's native module.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
