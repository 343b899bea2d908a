/**
 * A malformed command's body with its placeholders filled: `$session` and `$conversation`
 * become a real session and conversation id, so only the defect the generator chose is wrong.
 */
export function fillMalformed(body: unknown, session: string, conversationId: string): unknown {
  if (body === '$session') return session;
  if (body === '$conversation') return conversationId;
  if (Array.isArray(body)) return body.map((v) => fillMalformed(v, session, conversationId));
  if (body === null || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, fillMalformed(v, session, conversationId)]),
  );
}
