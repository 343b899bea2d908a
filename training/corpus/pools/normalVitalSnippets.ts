import type { Stage } from '../person.js';

const ADULT: readonly string[] = [
  'Temp is {d:36.4-37.4}',
  '{P} sats are {n:96-99}%',
  'BP was {n:112-134}/{n:68-84} when I checked',
  'Pulse {n:62-88}',
  'Temperature {d:97.6-99.2}F',
  'Oxygen {n:96-99}% on the finger thing',
  'bp {n:116-132}/{n:70-82}, pulse {n:64-86}',
  'Sats {n:96-99}, temp {d:36.5-37.3}',
];

const CHILD: readonly string[] = [
  'Temp is {d:36.4-37.4}',
  '{P} temperature is {d:36.5-37.3}',
  'Sats {n:97-100}% on our monitor',
  'Temperature {d:97.7-99.1}F',
];

/** Normal observations, written as numbers, that may accompany a non-vitals presentation. */
export function normalVitalsFor(stage: Stage): readonly string[] {
  return stage === 'adult' || stage === 'older' ? ADULT : CHILD;
}
