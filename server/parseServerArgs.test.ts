import { describe, expect, test } from 'vitest';
import { parseServerArgs } from './parseServerArgs.js';

describe('npm start flags', () => {
  test('defaults, flags and the admin from the environment', () => {
    expect(parseServerArgs([], {})).toEqual({
      port: 8080,
      db: 'medassist.db',
      admin: null,
      allowedOrigins: [],
      help: false,
    });
    const env = { MEDASSIST_ADMIN_USERNAME: 'root', MEDASSIST_ADMIN_PASSWORD: 'secret-pass' };
    expect(parseServerArgs(['--port', '0', '--db', 'x.db'], env)).toEqual({
      port: 0,
      db: 'x.db',
      admin: { username: 'root', password: 'secret-pass' },
      allowedOrigins: [],
      help: false,
    });
  });

  test('origins allowed besides the server own, repeated', () => {
    const args = parseServerArgs(['--origin', 'https://a.example', '--origin', 'http://b:8'], {});
    expect(args.allowedOrigins).toEqual(['https://a.example', 'http://b:8']);
  });

  test('D10: the admin password from a file or the environment, flagged when it came on the command line', () => {
    const files = (path: string) => (path === 'pw.txt' ? 'from-file-pass\nignored\n' : '');
    const fromFile = parseServerArgs(
      ['--admin-username', 'root', '--admin-password-file', 'pw.txt'],
      {},
      files,
    );
    expect(fromFile.admin).toEqual({ username: 'root', password: 'from-file-pass' });
    expect(fromFile.passwordOnCommandLine).toBeUndefined();
    const envFile = parseServerArgs(
      [],
      { MEDASSIST_ADMIN_USERNAME: 'root', MEDASSIST_ADMIN_PASSWORD_FILE: 'pw.txt' },
      files,
    );
    expect(envFile.admin?.password).toBe('from-file-pass');
    const argv = parseServerArgs(['--admin-username', 'r', '--admin-password', 'p'], {});
    expect(argv.passwordOnCommandLine).toBe(true);
    expect(() => parseServerArgs(['--admin-password-file', 'empty'], {}, files)).toThrow(/empty/);
    expect(() =>
      parseServerArgs(['--admin-password', 'p', '--admin-password-file', 'pw.txt'], {}, files),
    ).toThrow(/not both/);
  });

  test('refuses unknown flags, bad ports and half an admin', () => {
    expect(() => parseServerArgs(['--bogus'], {})).toThrow();
    expect(() => parseServerArgs(['--port', '70000'], {})).toThrow(/port/);
    expect(() => parseServerArgs(['--admin-username', 'root'], {})).toThrow(/both/);
    expect(() => parseServerArgs(['--origin', 'https://x.example/path'], {})).toThrow(/origin/);
    expect(() => parseServerArgs(['--metrics-address', '9464'], {})).toThrow(/HOST:PORT/);
  });

  test('the operator address of the metrics', () => {
    expect(parseServerArgs(['--metrics-address', '10.0.0.5:9464'], {}).metricsAddress).toEqual({
      host: '10.0.0.5',
      port: 9464,
    });
  });
});
