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

  test('refuses unknown flags, bad ports and half an admin', () => {
    expect(() => parseServerArgs(['--bogus'], {})).toThrow();
    expect(() => parseServerArgs(['--port', '70000'], {})).toThrow(/port/);
    expect(() => parseServerArgs(['--admin-username', 'root'], {})).toThrow(/both/);
    expect(() => parseServerArgs(['--origin', 'https://x.example/path'], {})).toThrow(/origin/);
  });
});
