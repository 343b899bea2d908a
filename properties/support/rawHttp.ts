import http from 'node:http';

/** A request as a careless client or an attacker sends it: any header, any bytes. */
export interface RawRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The local address to send from (127.0.0.2, ...), so the server sees another peer. */
  localAddress?: string;
}

/** What came back: the status, the headers (lower-case names) and the body parsed as JSON. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as JSON, or null when it is not JSON. */
  body: unknown;
  text: string;
}

/**
 * Sends one request on a fresh connection (no agent), exactly as given: no content type or
 * length is added but the length of a body.
 */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const body = request.body;
  const headers: Record<string, string> = { ...request.headers };
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${request.path}`, {
      method: request.method ?? 'POST',
      headers,
      agent: false,
      ...(request.localAddress === undefined ? {} : { localAddress: request.localAddress }),
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, text });
      });
    });
    req.end(body);
  });
}
