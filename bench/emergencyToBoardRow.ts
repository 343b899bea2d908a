import { type BenchRow, benchRow } from './BenchRow.js';

/**
 * The row for an emergency's way from the patient's Send click to the card on a nurse's open
 * dashboard (issue 20: < 200 ms), measured in headless Chromium with 1,000 open cases on the
 * board; every emergency sent is one figure.
 */
export async function emergencyToBoardRow(): Promise<BenchRow> {
  const what = (detail: string) =>
    `emergency from the patient's Send click to the card on an open dashboard, 1,000 open cases${detail}`;
  try {
    const { measureEmergencyToBoard } = await import('../web/measureEmergencyToBoard.js');
    const run = await measureEmergencyToBoard({ cases: 1000, emergencies: 15 });
    return benchRow(
      what(` (${run.toBoardMs.length} emergencies)`),
      '-',
      '< 200 ms',
      run.toBoardMs,
      'ms',
      (m) => m < 200,
    );
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]!.slice(0, 120);
    return benchRow(what(`: not measured (${why})`), '-', '< 200 ms', [], 'ms', null);
  }
}
