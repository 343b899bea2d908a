import { createHash } from 'node:crypto';

/**
 * A patient's place in [0, 100) for traffic splits: the first 32 bits of the sha256 of their
 * id, modulo 100. Sticky: the same patient always lands in the same bucket, so a canary at
 * weight w serves exactly the patients below w, and raising w only adds patients to it.
 */
export function trafficBucket(patientId: string): number {
  return createHash('sha256').update(patientId).digest().readUInt32BE(0) % 100;
}
