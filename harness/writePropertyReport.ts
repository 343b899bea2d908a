import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageDot } from './coverageDot.js';
import type { PropertyReport } from './PropertyReport.js';
import { renderSvg } from './renderSvg.js';

/** A machine's coverage map, drawn. */
export interface CoverageMap {
  machine: string;
  file: string;
  svg: string;
}

/** Where the coverage map of one machine of one property is written. */
export const coverageMapFile = (dir: string, property: string, machine: string): string =>
  join(dir, 'coverage', `${property}.${machine}.svg`);

/**
 * Writes `<dir>/<property>.json` (the report `npm run props` prints) and one coverage map per
 * machine as SVG; returns the maps so the test can attach them to the HTML report.
 */
export async function writePropertyReport(
  dir: string,
  report: PropertyReport,
): Promise<CoverageMap[]> {
  mkdirSync(join(dir, 'coverage'), { recursive: true });
  writeFileSync(join(dir, `${report.property}.json`), JSON.stringify(report, null, 2));
  const maps: CoverageMap[] = [];
  for (const c of report.coverage) {
    const file = coverageMapFile(dir, report.property, c.machine);
    const svg = await renderSvg(coverageDot(c));
    writeFileSync(file, svg);
    maps.push({ machine: c.machine, file, svg });
  }
  return maps;
}
