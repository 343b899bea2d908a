import { Pool } from 'undici';

/** A command's HTTP answer: the status and the parsed JSON body. */
export interface ApiReply {
  status: number;
  body: { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
}

/**
 * A lean HTTP client of the command API for load drivers: an undici pool of kept-alive
 * connections, one request at a time on each (no pipelining, as a browser would).
 */
export class BenchApi {
  readonly #pool: Pool;

  constructor(url: string, connections: number) {
    this.#pool = new Pool(url, { connections, pipelining: 1 });
  }

  /** `POST /api/commands/<type>` with the fields as JSON, the session as a bearer token. */
  async command(
    type: string,
    fields: object,
    session?: string,
    idempotencyKey?: string,
  ): Promise<ApiReply> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (session !== undefined) headers.authorization = `Bearer ${session}`;
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const { statusCode, body } = await this.#pool.request({
      path: `/api/commands/${type}`,
      method: 'POST',
      headers,
      body: JSON.stringify(fields),
    });
    return { status: statusCode, body: (await body.json()) as ApiReply['body'] };
  }

  /** A command that must succeed: its value, or an error naming the command and its answer. */
  async value(type: string, fields: object, session?: string): Promise<Record<string, unknown>> {
    const reply = await this.command(type, fields, session);
    if (!reply.body.ok || reply.body.value === undefined)
      throw new Error(`${type} refused (${reply.status}): ${JSON.stringify(reply.body)}`);
    return reply.body.value;
  }

  /** Closes every connection. */
  close(): Promise<void> {
    return this.#pool.close();
  }
}
