import { mkdirSync, writeFileSync } from 'node:fs';
import { formatTable } from './formatTable.js';
import { propertyEngineRows } from './propertyEngine.js';

/** `npm run bench`: measures, prints one table, and writes bench/results.json. */
async function main(): Promise<void> {
  const rows = [...(await propertyEngineRows())];
  const table = formatTable(rows);
  process.stdout.write(`${table}\n`);
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ cores: 2, node: process.version, rows }, null, 2)}\n`,
  );
}

await main();
