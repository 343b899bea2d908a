import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../properties/support/rawHttp.js';
import { MedAssistClient } from './client/MedAssistClient.js';
import { startTestServer, type TestServer } from './startTestServer.js';

let t: TestServer;
let session: string;
beforeAll(async () => {
  t = await startTestServer();
  const api = new MedAssistClient(t.server.url);
  const pat = { username: 'pat', password: 'pat-password' };
  await api.execute({ type: 'registerPatient', ...pat, displayName: 'P' });
  const signedIn = await api.execute({ type: 'signIn', ...pat });
  session = signedIn.ok ? signedIn.value.session : '';
  api.close();
});
afterAll(() => t.close());

const read = (query: string) =>
  rawRequest(t.server.url, {
    method: 'GET',
    path: `/api/notifications?${query}`,
    headers: { authorization: `Bearer ${session}` },
  });

describe('the outbox reads strict integers', () => {
  it('D15: empty, hexadecimal, signed, spaced, fractional, exponent, leading-zero, unsafe and repeated values are a typed 400', async () => {
    for (const query of [
      'after=',
      'after=0x10',
      'after=-1',
      'after=+1',
      'after=%201',
      'after=1.0',
      'after=1e3',
      'after=01',
      'after=9007199254740992',
      'after=99999999999999999999',
      'limit=0',
      'limit=1001',
      'limit=',
      'after=1&after=2',
      'afterr=1',
    ]) {
      const answer = await read(query);
      expect(answer.status, query).toBe(400);
      expect(answer.body, query).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    }
  });

  it('D15: plain decimal integers and no parameters are read', async () => {
    for (const query of [
      '',
      'after=0',
      'after=16',
      'limit=1',
      'limit=1000',
      'after=9007199254740991',
    ]) {
      const answer = await read(query);
      expect(answer.status, query).toBe(200);
    }
  });
});
