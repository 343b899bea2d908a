import net from 'node:net';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  blackholed: boolean;
}

/**
 * A TCP proxy between one client and the server, to cut the network on cue: `partition`
 * silently drops every byte both ways on the current connections (neither side notices),
 * `drop` ends them (both sides notice). Connections made later pass, so a client heals by
 * reconnecting. The upstream port is asked for on each connection: the server may restart.
 */
export class PartitionProxy {
  readonly #pairs = new Set<Pair>();
  readonly #server = net.createServer((client) => this.#connect(client));

  constructor(private readonly upstreamPort: () => number) {}

  /** Starts listening on a free port of 127.0.0.1; returns the WebSocket URL through it. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const { port } = this.#server.address() as net.AddressInfo;
    return `ws://127.0.0.1:${port}/ws`;
  }

  /** Drops every byte of the current connections from now on, both ways, telling no one. */
  partition(): void {
    for (const pair of this.#pairs) pair.blackholed = true;
  }

  /** Ends the current connections abruptly; both sides see them close. */
  drop(): void {
    for (const pair of this.#pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
  }

  /** Ends every connection and stops listening. */
  async close(): Promise<void> {
    this.drop();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #connect(client: net.Socket): void {
    const upstream = net.connect(this.upstreamPort(), '127.0.0.1');
    const pair: Pair = { client, upstream, blackholed: false };
    this.#pairs.add(pair);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.on('data', (data) => {
      if (!pair.blackholed) upstream.write(data);
    });
    upstream.on('data', (data) => {
      if (!pair.blackholed) client.write(data);
    });
    client.on('close', () => {
      this.#pairs.delete(pair);
      upstream.destroy();
    });
    // Why not when blackholed: in a partition the client never learns the server went away.
    upstream.on('close', () => {
      if (!pair.blackholed) client.destroy();
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  }
}
