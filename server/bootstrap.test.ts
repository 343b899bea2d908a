import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../properties/support/rawHttp.js';
import { createSystem, type Ids, type SystemOptions, seededIds } from '../system/index.js';
import { startTestServer, TEST_BOOTSTRAP_TOKEN, type TestServer } from './startTestServer.js';

const ADMIN = { username: 'admin', password: 'admin-password', displayName: 'A' };
const JSON_TYPE = { 'content-type': 'application/json' };

/** Ids that count the salts drawn: one per password hashed. */
function countingIds(): Ids & { salts: number } {
  const inner = seededIds(1);
  const ids = {
    salts: 0,
    next(prefix: string) {
      if (prefix === 'salt') ids.salts++;
      return inner.next(prefix);
    },
  };
  return ids;
}

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function server(options: Partial<SystemOptions> = {}) {
  t = await startTestServer(options);
  return t;
}

const admins = () => t!.store.usersWithRole('admin').length;

describe('D3: an empty database accepts no admin over HTTP', () => {
  it('D3: a system started without a bootstrap token takes no bootstrapAdmin, in-process or over HTTP, and hashes nothing', async () => {
    const ids = countingIds();
    const system = createSystem({ ids, config: { passwordCost: { N: 16, r: 1, p: 1 } } });
    for (const bootstrapToken of [undefined, 'guess']) {
      const answer = await system.execute({
        type: 'bootstrapAdmin',
        ...ADMIN,
        ...(bootstrapToken ? { bootstrapToken } : {}),
      });
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('invalid_credentials');
      expect(system.lastAuditEvent()!.outcome).toMatchObject({ label: 'denied' });
    }
    expect(system.counts().users).toBe(0);
    expect(ids.salts).toBe(0);
    const s = await server({ bootstrapToken: undefined });
    const over = await rawRequest(s.server.url, {
      path: '/api/commands/bootstrapAdmin',
      headers: JSON_TYPE,
      body: JSON.stringify(ADMIN),
    });
    expect(over.status).toBe(401);
    expect(over.body).toMatchObject({ ok: false, error: { code: 'invalid_credentials' } });
    expect(admins()).toBe(0);
  });

  it('D3: with the one-time token the first admin is made; a wrong token is refused and once an admin exists nothing is hashed', async () => {
    const ids = countingIds();
    const s = await server({ ids });
    const send = (token: string) =>
      rawRequest(s.server.url, {
        path: '/api/commands/bootstrapAdmin',
        headers: JSON_TYPE,
        body: JSON.stringify({ ...ADMIN, bootstrapToken: token }),
      });
    expect((await send('wrong')).status).toBe(401);
    expect(ids.salts).toBe(0);
    expect((await send(TEST_BOOTSTRAP_TOKEN)).status).toBe(200);
    expect(admins()).toBe(1);
    const salts = ids.salts;
    const again = await send(TEST_BOOTSTRAP_TOKEN);
    expect(again.status).toBe(409);
    expect(ids.salts).toBe(salts);
  });

  it('D3: a simple cross-site request (text/plain, foreign Origin) is refused 403 cross_origin and audited, even with the token', async () => {
    const s = await server();
    const before = s.system.counts().auditEvents;
    const answer = await rawRequest(s.server.url, {
      path: '/api/commands/bootstrapAdmin',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ ...ADMIN, bootstrapToken: TEST_BOOTSTRAP_TOKEN }),
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      ok: false,
      error: { code: 'cross_origin', origin: 'https://evil.example' },
    });
    expect(admins()).toBe(0);
    expect(s.system.counts().auditEvents).toBe(before + 1);
    expect(s.system.lastAuditEvent()).toMatchObject({
      subtype: 'bootstrapAdmin',
      outcome: { label: 'denied', detail: 'cross_origin' },
      agent: { who: 'anonymous' },
    });
  });

  it('D3: a browser saying cross-site without an Origin, and an Origin of "null", are refused too', async () => {
    const s = await server();
    const foreign: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of foreign) {
      const answer = await rawRequest(s.server.url, {
        path: '/api/commands/signIn',
        headers: { ...JSON_TYPE, ...headers },
        body: JSON.stringify({ username: 'x', password: 'y' }),
      });
      expect(answer.status).toBe(403);
    }
  });

  it("D3: the server's own origin and an allowed one pass; the outbox ack checks the origin too (unaudited)", async () => {
    const s = await server();
    const own = await rawRequest(s.server.url, {
      path: '/api/commands/bootstrapAdmin',
      headers: { ...JSON_TYPE, origin: s.server.url, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ ...ADMIN, bootstrapToken: TEST_BOOTSTRAP_TOKEN }),
    });
    expect(own.status).toBe(200);
    const before = s.system.counts().auditEvents;
    const ack = await rawRequest(s.server.url, {
      path: '/api/notifications/ack',
      headers: { ...JSON_TYPE, origin: 'http://localhost:1', authorization: 'Bearer x' },
      body: '{"seq":0}',
    });
    expect(ack.status).toBe(403);
    expect(ack.body).toMatchObject({ ok: false, error: { code: 'cross_origin' } });
    expect(s.system.counts().auditEvents).toBe(before);
  });

  it('D3: a body not declared JSON is refused 415 unsupported_media_type and audited; an empty body needs no type', async () => {
    const s = await server();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const before = s.system.counts().auditEvents;
      const answer = await rawRequest(s.server.url, {
        path: '/api/commands/registerPatient',
        headers: { 'content-type': type },
        body: JSON.stringify({ username: 'pat', password: 'pat-password', displayName: 'P' }),
      });
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
      expect(s.system.counts().auditEvents).toBe(before + 1);
    }
    const untyped = await rawRequest(s.server.url, {
      path: '/api/commands/registerPatient',
      body: '{}',
    });
    expect(untyped.status).toBe(415);
    expect(s.system.counts().users).toBe(0);
    const charset = await rawRequest(s.server.url, {
      path: '/api/commands/signIn',
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: JSON.stringify({ username: 'nobody', password: 'nobody-pw' }),
    });
    expect(charset.status).toBe(401);
    const empty = await rawRequest(s.server.url, { path: '/api/commands/startConversation' });
    expect(empty.status).toBe(401);
  });
});

describe('D3: npm start on a database without an admin', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('D3: prints a one-time token, without which bootstrapAdmin is refused, and with which it works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'medassist-bootstrap-'));
    dirs.push(dir);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        '--port',
        '0',
        '--db',
        join(dir, 'm.db'),
        '--insecure-fast-passwords',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: withoutAdmin(process.env) },
    );
    try {
      let token = '';
      let url = '';
      for await (const line of createInterface({ input: child.stdout })) {
        token ||= /"bootstrapToken":"([^"]+)"/.exec(line)?.[1] ?? '';
        url = /MedAssist on (http:\/\/[^\s"]+)/.exec(line)?.[1] ?? '';
        if (url) break;
      }
      expect(token).not.toBe('');
      const send = (bootstrapToken?: string) =>
        rawRequest(url, {
          path: '/api/commands/bootstrapAdmin',
          headers: JSON_TYPE,
          body: JSON.stringify({ ...ADMIN, ...(bootstrapToken ? { bootstrapToken } : {}) }),
        });
      expect((await send()).status).toBe(401);
      expect((await send(`${token}x`)).status).toBe(401);
      expect((await send(token)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});

function withoutAdmin(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { MEDASSIST_ADMIN_USERNAME: _u, MEDASSIST_ADMIN_PASSWORD: _p, ...rest } = env;
  return rest;
}
