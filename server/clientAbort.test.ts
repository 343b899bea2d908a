import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSystem } from '../system/index.js';
import { commitSignal } from './commitSignal.js';
import { type RunningServer, startServer } from './startServer.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a client that aborts mid-body', () => {
  it('D11: is one line in the log, not an error with its stack, and the server goes on', async () => {
    const errors: unknown[] = [];
    const lines: string[] = [];
    server = await startServer({
      system: createSystem({}),
      commits: commitSignal(),
      app: { onError: (e) => errors.push(e), onClientAbort: (line) => lines.push(line) },
    });
    for (let i = 0; i < 3; i++) {
      const socket = net.connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        'POST /api/commands/signIn HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"user',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
    }
    const deadline = Date.now() + 5000;
    while (lines.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(errors).toEqual([]);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(line).toMatch(/^client aborted POST \/api\/commands\/signIn from 127\.0\.0\.1/);
    }
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });
});
