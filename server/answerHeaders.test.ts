import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../properties/support/rawHttp.js';
import { createApp } from './createApp.js';
import { startTestServer, type TestServer } from './startTestServer.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const JSON_TYPE = { 'content-type': 'application/json' };

describe('every API answer says not to cache it and not to sniff it', () => {
  it('D13: Cache-Control no-store and X-Content-Type-Options nosniff on successes, refusals, 404, 413 and the outbox', async () => {
    const requests = [
      {
        path: '/api/commands/registerPatient',
        headers: JSON_TYPE,
        body: '{"username":"pat","password":"pat-password","displayName":"P"}',
      },
      {
        path: '/api/commands/signIn',
        headers: JSON_TYPE,
        body: '{"username":"pat","password":"wrong-password"}',
      },
      { path: '/api/commands/readQueue', headers: JSON_TYPE, body: '{"limit": 5' },
      { path: '/api/commands/readQueue', headers: { 'content-type': 'text/plain' }, body: '{}' },
      { path: '/api/commands/runDueTimers', headers: JSON_TYPE, body: '{}' },
      { path: '/api/nowhere', method: 'GET' as const },
      { path: '/api/commands/signIn', headers: JSON_TYPE, body: 'x'.repeat(2 << 20) },
      {
        path: '/api/notifications?after=0',
        method: 'GET' as const,
        headers: { authorization: 'Bearer tok_x' },
      },
      { path: '/api/notifications/ack', headers: JSON_TYPE, body: '{"seq":0}' },
      { path: '/health', method: 'GET' as const },
    ];
    const statuses: number[] = [];
    for (const request of requests) {
      const answer = await rawRequest(t.server.url, request);
      statuses.push(answer.status);
      expect(answer.headers['cache-control'], request.path).toBe('no-store');
      expect(answer.headers['x-content-type-options'], request.path).toBe('nosniff');
    }
    expect(statuses).toEqual([200, 401, 400, 415, 404, 404, 413, 401, 401, 200]);
  });

  it('D13: a 500 carries them too', async () => {
    const app = createApp({
      ...t.system,
      executeUnknown: () => Promise.reject(new TypeError('bug')),
    });
    const response = await app.request('/api/commands/readQueue', {
      method: 'POST',
      headers: JSON_TYPE,
      body: '{}',
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('D13: the pages are not sniffed either', async () => {
    const page = await rawRequest(t.server.url, { method: 'GET', path: '/chat' });
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });
});
