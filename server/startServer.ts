import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { System } from '../system/index.js';
import type { CommitSignal } from './commitSignal.js';
import { type AppOptions, createApp } from './createApp.js';
import { RealtimeHub } from './realtime/RealtimeHub.js';
import { intervalTimer, type Timer } from './Timer.js';

/** How to run the server. */
export interface ServerOptions {
  system: System;
  /** The signal passed to `createSystem({ onCommit })`, which tells the hub what to push. */
  commits: CommitSignal;
  /** Defaults to 0: any free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Heartbeats; defaults to every 30 s on the real timer. */
  heartbeat?: { timer: Timer; intervalMs?: number };
  /** How long closing waits for WebSocket close handshakes before terminating; default 1 s. */
  closeGraceMs?: number;
  /** The most notifications sent per outbox read. */
  pageSize?: number;
  app?: AppOptions;
  /**
   * Puts a layer in front of the app (what the socket's requests go through). Only for the
   * honesty tests of the boundary property: a broken proxy that drops a header, rewrites a
   * query, or replays by idempotency key.
   */
  wrapFetch?: (fetch: FetchHandler) => FetchHandler;
}

/** What serves a request: the app's `fetch`. */
export type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

/** A listening server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  /** e.g. `ws://127.0.0.1:41234/ws` */
  readonly wsUrl: string;
  readonly port: number;
  readonly hub: RealtimeHub;
  /** Stops heartbeats, closes every WebSocket and HTTP connection, and the port. */
  close(): Promise<void>;
}

/**
 * Starts the HTTP API and the WebSocket endpoint (`/ws`) on one port.
 * WARNING: the system is not closed with the server; its store belongs to the caller.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = createApp(options.system, options.app);
  const fetch: FetchHandler = (request, env) => app.fetch(request, env);
  const server = createAdaptorServer({
    fetch: options.wrapFetch ? options.wrapFetch(fetch) : fetch,
    hostname: host,
  }) as Server;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const hub = new RealtimeHub(options.system, options.pageSize);
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/ws') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => hub.accept(ws));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const unlisten = options.commits.listen((recipients) => hub.committed(recipients));
  const heartbeat = options.heartbeat ?? { timer: intervalTimer };
  const stopHeartbeat = heartbeat.timer.every(heartbeat.intervalMs ?? 30_000, () => hub.sweep());
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}/ws`,
    port,
    hub,
    async close() {
      stopHeartbeat();
      unlisten();
      await hub.close(options.closeGraceMs ?? 1000);
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
