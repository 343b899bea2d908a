import { type LoadSpec, runLoad } from './loads/runLoad.js';

/**
 * A load driver's process: runs the load named by the JSON spec in `argv[2]` against a server
 * started by `bench/main.ts`, and prints its `LoadResult` as one JSON line on stdout.
 */
const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
const result = await runLoad(spec);
process.stdout.write(`${JSON.stringify(result)}\n`);
