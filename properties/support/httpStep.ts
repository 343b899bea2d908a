import { z } from 'zod';
import { ClinicStep } from '../../models/clinicStep.js';
import { clinicWorld } from '../../models/clinicWorld.js';

/** What a wire step sends that the clinic walk never does (all refused or replayed). */
export const WireKind = z.enum([
  'not-json',
  'not-object',
  'no-session',
  'forged-session',
  'unknown-type',
  'bad-field',
  'retry',
  'correlation-id',
]);
export type WireKind = z.infer<typeof WireKind>;

/** A request only HTTP can get wrong: a malformed body, a missing header, a retry. */
export const WireStep = z.object({
  type: z.literal('WIRE'),
  kind: WireKind,
  actor: z.number().int().min(0),
  /** Tells retries and correlation ids apart, so each is a fresh one. */
  n: z.number().int().min(0),
});
export type WireStep = z.infer<typeof WireStep>;

/** One step of the differential property: a clinic-world step or a wire step. */
export const HttpStep = z.union([ClinicStep, WireStep]);
export type HttpStep = z.infer<typeof HttpStep>;

/** A step as one line of a script. */
export const printHttpStep = (step: HttpStep): string =>
  step.type === 'WIRE' ? `wire(${step.kind}, a${step.actor})` : clinicWorld.print(step);
