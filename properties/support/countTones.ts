import type { Page } from 'playwright-core';

/**
 * Counts the tones the page starts from now on (each Web Audio oscillator it creates); resolves
 * with a way to read the count. Why oscillators: the page's chime is made of them, and a
 * headless browser plays no sound a test could hear.
 */
export async function countTones(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { tones: number };
    w.tones = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.tones++;
      return create.call(this);
    };
  });
  return () => page.evaluate(() => (window as unknown as { tones: number }).tones);
}
