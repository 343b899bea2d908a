/// <reference lib="dom" />
import type { CommandError } from '../../system/index.js';
import type { BrowserAnswer, ClientError } from './callCommand.js';
import { type NameOf, plainError } from './plainError.js';

/**
 * Where answers are shown: a refusal beside the control that caused it (in plain words, its
 * code in `data-code`), or, for problems no control caused, in the page's alert region; what
 * went well in the status region, which stays in view. Every new action clears the errors of
 * the last. It also counts the answers it was shown on `<body data-answers>`, with the last
 * code in `data-last-code`, so a test can wait for an action's outcome exactly.
 */
export class Announcer {
  readonly #alert: HTMLElement;
  readonly #status: HTMLElement;
  #answers = 0;
  nameOf: NameOf = () => 'someone else';

  constructor(doc: Document = document) {
    this.#alert = doc.getElementById('alert')!;
    this.#status = doc.getElementById('status')!;
  }

  /** Clears every error shown, beside controls and in the alert region: a new action starts. */
  clear(): void {
    for (const el of document.querySelectorAll<HTMLElement>('.field-error')) {
      el.textContent = '';
      delete el.dataset.code;
    }
    this.#alert.textContent = '';
    delete this.#alert.dataset.code;
  }

  /**
   * Shows an answer: its error beside the control (`place`, else in the alert region), or
   * `success` in the status region.
   */
  answer(answer: BrowserAnswer<unknown>, success: string, place?: HTMLElement | null): void {
    if (answer.ok) this.success(success);
    else this.failure(answer.error, answer.emergencyAdvice, place);
    this.#count(answer.ok ? 'ok' : answer.error.code);
  }

  /** Shows a success and clears the alert. */
  success(text: string): void {
    this.#alert.textContent = '';
    delete this.#alert.dataset.code;
    this.info(text);
  }

  /** Shows a refusal (and, for a refused message that showed a red flag, the emergency advice). */
  failure(
    error: CommandError | ClientError,
    emergencyAdvice?: string,
    place?: HTMLElement | null,
  ): void {
    this.#status.textContent = '';
    const target = place ?? this.#alert;
    target.dataset.code = error.code;
    const text = plainError(error, this.nameOf);
    target.textContent = emergencyAdvice ? `${text} ${emergencyAdvice}` : text;
    // Why scroll: the error appears beneath its control, which may have been pressed at the
    // bottom of a phone's screen or of the case panel; 'nearest' moves the page (or the
    // panel) only as far as it takes, and focus stays on the control.
    if (place) place.scrollIntoView({ block: 'nearest' });
  }

  /** Shows a problem that is not a command's answer (a failed subscription, a resync). */
  problem(text: string): void {
    this.#status.textContent = '';
    this.#alert.dataset.code = 'client';
    this.#alert.textContent = text;
  }

  /**
   * Shows news that needs no action, under the header in the page's flow. Why not a floating
   * toast: one covered the emergency advice on a phone and the decision form on a desktop.
   * Why it stays until the next news: a bar that vanished on a timer would move what is under
   * it as a nurse reaches for it.
   */
  info(text: string): void {
    this.#status.textContent = text;
  }

  #count(code: string): void {
    this.#answers++;
    document.body.dataset.answers = String(this.#answers);
    document.body.dataset.lastCode = code;
  }
}
