import type { CallOutcome } from '../deployment/modelCall.js';

/** Thrown to triage when a version gave no usable answer: triage then degrades safely. */
export class ModelUnavailable extends Error {
  constructor(
    readonly version: string,
    readonly outcome: CallOutcome,
  ) {
    super(`model ${version} unavailable: ${outcome}`);
    // Stryker disable next-line StringLiteral: the error's name, display only; callers test its class
    this.name = 'ModelUnavailable';
  }
}
