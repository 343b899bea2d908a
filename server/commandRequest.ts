/** What an HTTP request to a command route carries besides its body. */
export interface CommandHeaders {
  /** The bearer token of `Authorization: Bearer <token>`, if any. */
  session?: string | undefined;
  idempotencyKey?: string | undefined;
  correlationId?: string | undefined;
}

/**
 * The command a request stands for, unchecked: the route names its type, headers carry the
 * session, idempotency key and correlation id, and the body (a JSON object) the rest. A body
 * that is not a JSON object is passed on as it is, so the system refuses and audits it.
 * Why header values overwrite body fields: each has one channel, so a body cannot smuggle in
 * a second session.
 */
export function commandRequest(type: string, bodyText: string, headers: CommandHeaders): unknown {
  let body: unknown;
  try {
    body = bodyText.trim() === '' ? {} : JSON.parse(bodyText);
  } catch {
    return bodyText;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const {
    session: _s,
    idempotencyKey: _i,
    correlationId: _c,
    ...fields
  } = body as Record<string, unknown>;
  return {
    ...fields,
    type,
    ...(headers.session === undefined ? {} : { session: headers.session }),
    ...(headers.idempotencyKey === undefined ? {} : { idempotencyKey: headers.idempotencyKey }),
    ...(headers.correlationId === undefined ? {} : { correlationId: headers.correlationId }),
  };
}

/** The token of an `Authorization: Bearer <token>` header; undefined for any other form. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer[ ]+(\S+)\s*$/i);
  return match?.[1];
}
