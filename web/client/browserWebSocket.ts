/// <reference lib="dom" />

type Listener = (...args: never[]) => void;

/**
 * The browser's WebSocket behind the small part of the `ws` package's API that the typed
 * client's `Subscription` uses (`on`, `send`, `close`, `terminate`). The page bundles swap it
 * in for `ws`, so the browser runs the same resume-after-reconnect code as the Node client.
 * WARNING: browsers answer pings themselves and never show them to scripts, so `ping` never
 * fires here: do not give such a subscription a watchdog.
 */
export default class BrowserWebSocket {
  readonly #socket: WebSocket;

  constructor(url: string) {
    this.#socket = new WebSocket(url);
    this.#socket.binaryType = 'arraybuffer';
  }

  /** Adds a listener for `open`, `message` (data, isBinary), `error` or `close` (code). */
  on(event: string, listener: Listener): this {
    const call = listener as (...args: unknown[]) => void;
    const socket = this.#socket;
    if (event === 'open') socket.addEventListener('open', () => call());
    else if (event === 'error') socket.addEventListener('error', () => call(new Error('error')));
    else if (event === 'close') socket.addEventListener('close', (e) => call(e.code, e.reason));
    else if (event === 'message') {
      socket.addEventListener('message', (e: MessageEvent) => {
        const text = typeof e.data === 'string';
        call(text ? e.data : new Uint8Array(e.data as ArrayBuffer), !text);
      });
    }
    return this;
  }

  send(data: string): void {
    this.#socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.#socket.close(code, reason);
  }

  /** A browser cannot drop a socket abruptly; a normal close leads to the same reconnection. */
  terminate(): void {
    this.#socket.close();
  }
}
