/// <reference lib="dom" />
import type { CommandError } from '../../system/index.js';
import type { BrowserAnswer, ClientError } from './callCommand.js';
import { describeError } from './describeError.js';

/**
 * The page's two live regions: the alert region for refusals and failures, the status region
 * for what went well. It also counts the answers it was shown on `<body data-answers>`, with
 * the last code in `data-last-code`, so a test can wait for an action's outcome exactly.
 */
export class Announcer {
  readonly #alert: HTMLElement;
  readonly #status: HTMLElement;
  #answers = 0;

  constructor(doc: Document = document) {
    this.#alert = doc.getElementById('alert')!;
    this.#status = doc.getElementById('status')!;
  }

  /** Shows an answer: its error in the alert region, or `success` in the status region. */
  answer(answer: BrowserAnswer<unknown>, success: string): void {
    if (answer.ok) this.success(success);
    else this.failure(answer.error, answer.emergencyAdvice);
    this.#count(answer.ok ? 'ok' : answer.error.code);
  }

  /** Shows a success and clears the alert. */
  success(text: string): void {
    this.#alert.textContent = '';
    delete this.#alert.dataset.code;
    this.#status.textContent = text;
  }

  /** Shows a refusal (and, for a refused message that showed a red flag, the emergency advice). */
  failure(error: CommandError | ClientError, emergencyAdvice?: string): void {
    this.#status.textContent = '';
    this.#alert.dataset.code = error.code;
    this.#alert.textContent = emergencyAdvice
      ? `${describeError(error)} ${emergencyAdvice}`
      : describeError(error);
  }

  /** Shows a problem that is not a command's answer (a failed subscription, a resync). */
  problem(text: string): void {
    this.#status.textContent = '';
    this.#alert.dataset.code = 'client';
    this.#alert.textContent = text;
  }

  /** Shows news that needs no action. */
  info(text: string): void {
    this.#status.textContent = text;
  }

  #count(code: string): void {
    this.#answers++;
    document.body.dataset.answers = String(this.#answers);
    document.body.dataset.lastCode = code;
  }
}
