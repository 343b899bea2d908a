import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BENCH_ADMIN } from './loads/seedClinic.js';

/** What a benchmark server runs with. */
export interface ServerProcessOptions {
  /** The SQLite file; kept across restarts. */
  db: string;
  /** `--group-commit`: one shared fsync before answers instead of one per command. */
  groupCommit?: boolean;
  /** How long to wait for the server to listen before giving up. */
  startTimeoutMs?: number;
}

/**
 * `npm start` (`server/main.ts`) as a child process on 127.0.0.1 and a free port, with cheap
 * password hashing (users are created at setup), until it is stopped or killed.
 * WARNING: call `stop()` or `kill()` in a `finally`: a server left behind keeps its port.
 */
export class ServerProcess {
  #child: ChildProcess | null = null;
  #url = '';
  #port = 0;

  constructor(readonly options: ServerProcessOptions) {}

  /** e.g. `http://127.0.0.1:41234` */
  get url(): string {
    return this.#url;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.#port}/ws`;
  }

  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  /**
   * Starts the server; resolves when it says it listens. On a restart it takes the port it
   * had, so clients need not be told (the port may have been taken meanwhile: then it fails).
   */
  async start(): Promise<void> {
    if (this.#child) throw new Error('the server is running already');
    const args = [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      String(this.#port),
      '--db',
      this.options.db,
      '--insecure-fast-passwords',
      '--insecure-no-sign-in-limits',
      ...(this.options.groupCommit ? ['--group-commit'] : []),
    ];
    // Why the environment: a password in argv is visible to every user in `ps`.
    const env = {
      ...process.env,
      MEDASSIST_ADMIN_USERNAME: BENCH_ADMIN.username,
      MEDASSIST_ADMIN_PASSWORD: BENCH_ADMIN.password,
    };
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.#child = child;
    let output = '';
    const listening = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server did not start: ${output}`)),
        this.options.startTimeoutMs ?? 30_000,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /MedAssist on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          this.#port = Number(found[1]);
          this.#url = `http://127.0.0.1:${this.#port}`;
          resolve();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        // Why a cap: the server logs every failed request, and a long run must not hoard them.
        output = `${output}${chunk.toString()}`.slice(-4000);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}): ${output}`));
      });
    });
    try {
      await listening;
    } catch (error) {
      await this.kill();
      throw error;
    }
  }

  /** The resident set size now, and the highest so far, in MiB (Linux `/proc`). */
  memory(): { rssMiB: number; peakMiB: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  }

  /** SIGKILL, as a crash: resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await gone;
  }

  /** SIGTERM (the server closes its connections and the database), then SIGKILL after 5 s. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    if (child.exitCode !== null || child.signalCode !== null) {
      this.#child = null;
      return;
    }
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
    this.#child = null;
  }
}
