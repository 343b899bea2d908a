import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** What `npm start` runs with. */
export interface ServerArgs {
  port: number;
  db: string;
  /** The first admin, created if the database has no admin yet. */
  admin: { username: string; password: string } | null;
  /** Set when the admin's password came on the command line, where `ps` shows it. */
  passwordOnCommandLine?: true;
  /** Origins whose pages may send state-changing requests, besides the server's own. */
  allowedOrigins: string[];
  help: boolean;
  /**
   * Cheap scrypt hashing (`--insecure-fast-passwords`), present only when asked for: lets a
   * benchmark sign up hundreds of users in a second.
   * WARNING: never on a database with real users; their hashes would be cheap to crack.
   */
  insecureFastPasswords?: true;
  /**
   * Group commit (`--group-commit`), present only when asked for: `synchronous=NORMAL`, and
   * each answer waits for one fsync of the WAL shared by every command committed before it.
   */
  groupCommit?: true;
  /**
   * Where `/metrics` is served without a session (`--metrics-address HOST:PORT`), present
   * only when asked for; otherwise `/metrics` is on the API port, for staff sessions only.
   */
  metricsAddress?: { host: string; port: number };
  /**
   * No sign-in rate limits or lockout (`--insecure-no-sign-in-limits`), present only when
   * asked for: lets a benchmark sign hundreds of users in from one address.
   * WARNING: never with real users.
   */
  noSignInLimits?: true;
}

/** The usage text of `npm start`. */
export const SERVER_USAGE = `usage: MEDASSIST_ADMIN_USERNAME=U MEDASSIST_ADMIN_PASSWORD=P npm start -- [--port N] [--db FILE]

  --port N            port on 127.0.0.1 (default 8080; 0 picks a free one)
  --db FILE           SQLite database file (default medassist.db)
  --admin-username U  first admin of a database without one (or MEDASSIST_ADMIN_USERNAME)
  --admin-password-file FILE
                      the admin's password, the file's first line (or
                      MEDASSIST_ADMIN_PASSWORD_FILE, or MEDASSIST_ADMIN_PASSWORD itself)
  --admin-password P  discouraged: npm echoes it and ps shows it to every user
                      Without an admin, the server prints a one-time bootstrap token instead.
  --origin URL        an origin (https://clinic.example) whose pages may send commands,
                      besides the server's own; repeat for more
  --group-commit      answer a command after one fsync shared by the commands committed
                      before it (synchronous=NORMAL + a WAL fsync), not one fsync each
  --insecure-fast-passwords
                      scrypt N=2^10, r=1 instead of N=2^17, r=8: for benchmarks only,
                      never with real users
  --metrics-address HOST:PORT
                      serve /metrics (no session asked) and health on the operator's
                      address only; without it /metrics is on --port for staff sessions
  --insecure-no-sign-in-limits
                      no rate limits or lockout on sign-in: for benchmarks only
  --help              this text`;

/**
 * Reads `npm start`'s flags, with the admin's credentials from the environment when no flag
 * gives them. Throws on an unknown flag or a bad port.
 */
export function parseServerArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ServerArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '8080' },
      db: { type: 'string', default: 'medassist.db' },
      'admin-username': { type: 'string' },
      'admin-password': { type: 'string' },
      'admin-password-file': { type: 'string' },
      help: { type: 'boolean', default: false },
      'group-commit': { type: 'boolean', default: false },
      'insecure-fast-passwords': { type: 'boolean', default: false },
      'metrics-address': { type: 'string' },
      'insecure-no-sign-in-limits': { type: 'boolean', default: false },
      origin: { type: 'string', multiple: true, default: [] },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be an integer in [0, 65535], not "${values.port}"`);
  const metricsAddress = values['metrics-address'];
  const address = metricsAddress?.match(/^([^:\s]+):(\d{1,5})$/);
  if (metricsAddress !== undefined && (!address || Number(address[2]) > 65535))
    throw new Error(`--metrics-address must be HOST:PORT, not "${metricsAddress}"`);
  const username = values['admin-username'] ?? env.MEDASSIST_ADMIN_USERNAME;
  const file = values['admin-password-file'] ?? env.MEDASSIST_ADMIN_PASSWORD_FILE;
  if (file !== undefined && values['admin-password'] !== undefined)
    throw new Error('give the admin password on the command line or in a file, not both');
  const fromFile = file === undefined ? undefined : firstLine(readFile(file), file);
  const password = values['admin-password'] ?? fromFile ?? env.MEDASSIST_ADMIN_PASSWORD;
  if ((username === undefined) !== (password === undefined))
    throw new Error('give both the admin username and password, or neither');
  for (const origin of values.origin) {
    if (!isOrigin(origin))
      throw new Error(`--origin must be an origin like https://clinic.example, not "${origin}"`);
  }
  return {
    port,
    db: values.db,
    allowedOrigins: values.origin,
    admin: username !== undefined && password !== undefined ? { username, password } : null,
    help: values.help,
    ...(values['admin-password'] === undefined ? {} : { passwordOnCommandLine: true as const }),
    ...(values['insecure-fast-passwords'] ? { insecureFastPasswords: true as const } : {}),
    ...(values['group-commit'] ? { groupCommit: true as const } : {}),
    ...(address ? { metricsAddress: { host: address[1]!, port: Number(address[2]) } } : {}),
    ...(values['insecure-no-sign-in-limits'] ? { noSignInLimits: true as const } : {}),
  };
}

/** Whether a text is an origin as browsers send it: scheme, host and port only. */
function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** A password file's first line, without its line end; an empty one is refused. */
function firstLine(text: string, path: string): string {
  const line = text.split(/\r?\n/)[0] ?? '';
  if (line === '') throw new Error(`the admin password file ${path} is empty`);
  return line;
}
