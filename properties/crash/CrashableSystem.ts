import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import type { Answer } from '../../system/index.js';

/**
 * The system in a child process that a test can kill with SIGKILL and start again on the same
 * file database. Commands go one at a time; an answer means the command committed.
 */
export class CrashableSystem {
  #child: ChildProcessWithoutNullStreams | null = null;
  #lines: Interface | null = null;
  #waiting: Array<(line: string) => void> = [];
  #starts = 0;

  constructor(
    private readonly script: string,
    private readonly database: string,
    private readonly variant: string | undefined,
  ) {}

  /** Starts the child; resolves with its recovery time (process start to ready), in ms. */
  async start(): Promise<number> {
    const t0 = performance.now();
    const args = [
      this.script,
      this.database,
      String(1000 + this.#starts++),
      ...(this.variant ? [this.variant] : []),
    ];
    const child = spawn(process.execPath, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#lines = createInterface({ input: child.stdout });
    this.#lines.on('line', (line) => this.#waiting.shift()?.(line));
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0)
        for (const w of this.#waiting.splice(0)) w(JSON.stringify({ crashed: stderr }));
    });
    const ready = JSON.parse(await this.#next()) as { ready?: number; crashed?: string };
    if (ready.ready === undefined) throw new Error(`the child did not start: ${ready.crashed}`);
    return performance.now() - t0;
  }

  /** Runs a command and waits for its committed answer. */
  async execute(command: object): Promise<Answer<unknown>> {
    this.#send(command);
    const line = JSON.parse(await this.#next()) as { answer?: Answer<unknown>; crashed?: string };
    if (!line.answer) throw new Error(`the child crashed: ${line.crashed}`);
    return line.answer;
  }

  /**
   * Sends a command and kills the process after `delayMs` without waiting for the answer: the
   * command may have committed or not, but never half.
   */
  async crashDuring(command: object, delayMs: number): Promise<void> {
    this.#send(command);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    await this.kill();
  }

  /** SIGKILL, then wait for the process to be gone. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = null;
    this.#waiting = [];
    this.#lines?.close();
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await gone;
    }
  }

  #send(command: object): void {
    if (!this.#child) throw new Error('the child is not running');
    this.#child.stdin.write(`${JSON.stringify(command)}\n`);
  }

  #next(): Promise<string> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}
