import { describe, expect, test } from 'vitest';
import { parseServerArgs } from './parseServerArgs.js';

describe('npm start flags', () => {
  test('defaults, flags and the admin from the environment', () => {
    expect(parseServerArgs([], {})).toEqual({
      port: 8080,
      db: 'medassist.db',
      admin: null,
      help: false,
    });
    const env = { MEDASSIST_ADMIN_USERNAME: 'root', MEDASSIST_ADMIN_PASSWORD: 'secret-pass' };
    expect(parseServerArgs(['--port', '0', '--db', 'x.db'], env)).toEqual({
      port: 0,
      db: 'x.db',
      admin: { username: 'root', password: 'secret-pass' },
      help: false,
    });
  });

  test('refuses unknown flags, bad ports and half an admin', () => {
    expect(() => parseServerArgs(['--bogus'], {})).toThrow();
    expect(() => parseServerArgs(['--port', '70000'], {})).toThrow(/port/);
    expect(() => parseServerArgs(['--admin-username', 'root'], {})).toThrow(/both/);
    expect(() => parseServerArgs(['--metrics-address', '9464'], {})).toThrow(/HOST:PORT/);
  });

  test('the operator address of the metrics', () => {
    expect(parseServerArgs(['--metrics-address', '10.0.0.5:9464'], {}).metricsAddress).toEqual({
      host: '10.0.0.5',
      port: 9464,
    });
  });
});
