import type { Rng } from '../createRng.js';

type Band = {
  hrDanger: [number, number];
  rrDanger: [number, number];
  hrNormal: [number, number];
  rrNormal: [number, number];
};

// ESI v4 danger zone: <3 m HR>180 RR>50; 3 m-3 y HR>160 RR>40; 3-8 y HR>140 RR>30; >8 y HR>100 RR>20.
// Danger values sit well past each limit and normal values well inside, so no label is borderline.
const BANDS: readonly [number, Band][] = [
  [3, { hrDanger: [190, 225], rrDanger: [60, 80], hrNormal: [120, 150], rrNormal: [32, 44] }],
  [36, { hrDanger: [170, 205], rrDanger: [48, 65], hrNormal: [95, 130], rrNormal: [22, 32] }],
  [96, { hrDanger: [150, 185], rrDanger: [36, 50], hrNormal: [80, 115], rrNormal: [18, 25] }],
  [
    Number.POSITIVE_INFINITY,
    { hrDanger: [130, 165], rrDanger: [30, 42], hrNormal: [62, 90], rrNormal: [14, 18] },
  ],
];

function band(ageMonths: number): Band {
  for (const [limit, b] of BANDS) if (ageMonths < limit) return b;
  return BANDS[BANDS.length - 1]![1];
}

const draw = (rng: Rng, [low, high]: [number, number]) => rng.int(low, high);

/** A heart rate in the danger zone for a child of this age. */
export const dangerHeartRate = (rng: Rng, ageMonths: number) => draw(rng, band(ageMonths).hrDanger);
/** A respiratory rate in the danger zone for a child of this age. */
export const dangerBreathingRate = (rng: Rng, ageMonths: number) =>
  draw(rng, band(ageMonths).rrDanger);
/** A heart rate comfortably normal for a child of this age. */
export const normalHeartRate = (rng: Rng, ageMonths: number) => draw(rng, band(ageMonths).hrNormal);
/** A respiratory rate comfortably normal for a child of this age. */
export const normalBreathingRate = (rng: Rng, ageMonths: number) =>
  draw(rng, band(ageMonths).rrNormal);
