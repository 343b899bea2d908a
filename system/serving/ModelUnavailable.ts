import type { CallOutcome } from '../deployment/modelCall.js';

/** Thrown to triage when a version gave no usable answer: triage then degrades safely. */
export class ModelUnavailable extends Error {
  constructor(
    readonly version: string,
    readonly outcome: CallOutcome,
  ) {
    super(`model ${version} unavailable: ${outcome}`);
    this.name = 'ModelUnavailable';
  }
}
