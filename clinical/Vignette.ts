import { z } from 'zod';

/** The emergency families the reference set covers; each needs its own evidence. */
export const VignetteFamily = z.enum([
  'stroke',
  'acs',
  'breathing',
  'anaphylaxis',
  'suicide_selfharm',
  'bleeding',
  'sepsis',
  'meningitis',
  'obstetric',
  'paediatric',
  'neurological',
  'abdominal',
  'poisoning',
  'vital_signs',
]);
export type VignetteFamily = z.infer<typeof VignetteFamily>;

/** How an emergency presents, or which trap a benign message sets. */
export const VignetteKind = z.enum([
  'typical',
  'atypical',
  'negated',
  'past',
  'relative_history',
  'hypothetical',
  'administrative',
  'alarming_words',
  'minor',
]);
export type VignetteKind = z.infer<typeof VignetteKind>;

const common = {
  id: z.string().regex(/^[a-z]-\d{3}$/),
  text: z.string().min(1).max(2000),
  kind: VignetteKind,
  /** The public guidance the presentation follows, named. */
  guidance: z.string().min(3),
  /** Why the item is hard for a triage engine, or null for a plain one. */
  hard: z.string().min(1).nullable(),
};

/**
 * One patient message of the clinical reference set, written from public guidance by an
 * author who never saw the rules: an emergency with the acuity it requires, or a message that
 * must not escalate.
 */
export const Vignette = z.discriminatedUnion('expected', [
  z.object({
    ...common,
    expected: z.literal('escalate'),
    /** 1 where ESI v4 needs an immediate life-saving intervention, otherwise 2. */
    acuity: z.union([z.literal(1), z.literal(2)]),
    family: VignetteFamily,
  }),
  z.object({
    ...common,
    expected: z.literal('no_escalate'),
    acuity: z.null(),
    /** The family whose red flags the message comes close to, or none. */
    family: z.union([VignetteFamily, z.literal('none')]),
  }),
]);
export type Vignette = z.infer<typeof Vignette>;

/** An emergency of the reference set. */
export type Emergency = Extract<Vignette, { expected: 'escalate' }>;

/** Whether a vignette must escalate. */
export const isEmergency = (v: Vignette): v is Emergency => v.expected === 'escalate';
