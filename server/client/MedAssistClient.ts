import http from 'node:http';
import type {
  Answer,
  CommandError,
  CommandInput,
  CommandResults,
  CommandType,
  NotificationPage,
  Result,
} from '../../system/index.js';
import type { CommandHeaders } from '../commandRequest.js';
import { AnswerSchema, ApiFailure, DeliveryAnswerSchema } from './apiAnswer.js';

/** A raw HTTP exchange: the status and the parsed JSON body. */
export interface HttpExchange {
  status: number;
  body: unknown;
}

/**
 * A typed HTTP client of the API. `execute` takes the same command objects as the system
 * in-process and answers the same `Answer`s: the session goes in `Authorization: Bearer`, the
 * idempotency key in `Idempotency-Key`, the correlation id in `X-Correlation-Id`.
 */
export class MedAssistClient {
  readonly #baseUrl: () => string;
  // Why node:http and not fetch: a kept-alive agent is about a millisecond faster a request.
  readonly #agent = new http.Agent({ keepAlive: true });

  /** `baseUrl` may be a function, so a client follows a server that restarted on a new port. */
  constructor(baseUrl: string | (() => string)) {
    this.#baseUrl = typeof baseUrl === 'string' ? () => baseUrl : baseUrl;
  }

  /** Runs a typed command over HTTP. */
  execute<T extends CommandType>(
    command: Extract<CommandInput, { type: T }>,
  ): Promise<Answer<CommandResults[T]>> {
    return this.executeUnknown(command) as Promise<Answer<CommandResults[T]>>;
  }

  /**
   * Runs a command object over HTTP, unchecked (the server checks it).
   * WARNING: throws a TypeError for what HTTP cannot carry: a non-object, a non-string type,
   * or a session, idempotency key or correlation id that is not a string.
   */
  async executeUnknown(command: unknown): Promise<Answer<unknown>> {
    if (typeof command !== 'object' || command === null || Array.isArray(command))
      throw new TypeError('only a command object can be sent over HTTP');
    const { type, session, idempotencyKey, correlationId, ...body } = command as Record<
      string,
      unknown
    >;
    const headers = { session, idempotencyKey, correlationId };
    for (const [name, value] of Object.entries({ type, ...headers }))
      if (value !== undefined && typeof value !== 'string')
        throw new TypeError(`${name} must be a string to travel in a URL or header`);
    return this.sendCommand(type as string, JSON.stringify(body), headers as CommandHeaders);
  }

  /** Posts a body, as given, to a command route; answers the command's answer. */
  async sendCommand(type: string, body: string, headers: CommandHeaders): Promise<Answer<unknown>> {
    const exchange = await this.request('POST', `/api/commands/${encodeURIComponent(type)}`, {
      body,
      headers,
    });
    const answer = AnswerSchema.safeParse(exchange.body);
    if (!answer.success) throw new ApiFailure(exchange.status, exchange.body);
    // Why the body and not zod's output: the answer must be byte for byte what the system said.
    return exchange.body as Answer<unknown>;
  }

  /** Reads the session's outbox after `after` (default: after its last ack). */
  async notificationsAfter(
    session: string,
    after?: number,
    limit?: number,
  ): Promise<Result<NotificationPage, CommandError>> {
    const query = new URLSearchParams();
    if (after !== undefined) query.set('after', String(after));
    if (limit !== undefined) query.set('limit', String(limit));
    const exchange = await this.request('GET', `/api/notifications?${query}`, {
      headers: { session },
    });
    return delivery(exchange) as Result<NotificationPage, CommandError>;
  }

  /** Acknowledges everything up to `seq`. */
  async ack(session: string, seq: number): Promise<Result<{ acked: number }, CommandError>> {
    const exchange = await this.request('POST', '/api/notifications/ack', {
      body: JSON.stringify({ seq }),
      headers: { session },
    });
    return delivery(exchange) as Result<{ acked: number }, CommandError>;
  }

  /** One HTTP request; the body of the answer parsed as JSON (null if it is not JSON). */
  request(
    method: 'GET' | 'POST',
    path: string,
    options: { body?: string; headers?: CommandHeaders } = {},
  ): Promise<HttpExchange> {
    const { session, idempotencyKey, correlationId } = options.headers ?? {};
    const body = options.body;
    const headers = {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
      ...(session === undefined ? {} : { authorization: `Bearer ${session}` }),
      ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
      ...(correlationId === undefined ? {} : { 'x-correlation-id': correlationId }),
    };
    return new Promise((resolve, reject) => {
      const req = http.request(`${this.#baseUrl()}${path}`, {
        method,
        headers,
        agent: this.#agent,
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = null;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      });
      req.end(body);
    });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.#agent.destroy();
  }
}

function delivery(exchange: HttpExchange): unknown {
  if (!DeliveryAnswerSchema.safeParse(exchange.body).success)
    throw new ApiFailure(exchange.status, exchange.body);
  return exchange.body;
}
