import type { BoundaryStep } from './boundaryStep.js';
import { BOUNDARY_TOKEN } from './boundaryWorld.js';
import type { RawRequest } from './rawHttp.js';
import type { BoundaryRig } from './runBoundaryTrace.js';

// The requests the boundary runner builds for a step: what a key names, what an origin sends.
const KEYED_TEXTS = [
  'I have had a mild itchy rash on my arm for two days',
  'crushing chest pain going down my left arm',
  'a mild headache since this morning',
] as const;
const HISTORY_LIMITS = [5, 10, 20] as const;
const ROUTINE = 'I have had a mild cough since yesterday';
export const JSON_TYPE = 'application/json';
const CONTENT_TYPES: Record<string, string | undefined> = {
  json: JSON_TYPE,
  text: 'text/plain;charset=UTF-8',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data; boundary=x',
  none: undefined,
};

export function keyedRequest(
  step: Extract<BoundaryStep, { type: 'KEYED' }>,
  conversationId: string,
): { fields: string; body: Record<string, unknown> } {
  switch (step.command) {
    case 'sendMessage':
      return { fields: `${step.body}`, body: { conversationId, text: KEYED_TEXTS[step.body] } };
    case 'readHistory':
      return { fields: `${step.body}`, body: { conversationId, limit: HISTORY_LIMITS[step.body] } };
    case 'startConversation':
      return { fields: '', body: {} };
  }
}

export function originRequest(
  step: Extract<BoundaryStep, { type: 'ORIGIN' }>,
  rig: BoundaryRig,
): RawRequest {
  const headers: Record<string, string> = {};
  if (step.origin === 'foreign') headers.origin = 'https://evil.example';
  if (step.origin === 'null') headers.origin = 'null';
  if (step.origin === 'cross-site') headers['sec-fetch-site'] = 'cross-site';
  if (step.origin === 'same') {
    headers.origin = rig.server.url;
    headers['sec-fetch-site'] = 'same-origin';
  }
  const type = CONTENT_TYPES[step.contentType];
  if (type !== undefined) headers['content-type'] = type;
  const pat0 = rig.cast.patients[0]!;
  switch (step.command) {
    case 'bootstrapAdmin':
      return {
        path: '/api/commands/bootstrapAdmin',
        headers,
        body: JSON.stringify({
          username: 'u.intruder',
          password: 'intruder-password',
          displayName: 'Intruder',
          bootstrapToken: BOUNDARY_TOKEN,
        }),
      };
    case 'sendMessage':
      return {
        path: '/api/commands/sendMessage',
        headers: { ...headers, authorization: `Bearer ${pat0.session}` },
        body: JSON.stringify({ conversationId: pat0.open, text: ROUTINE }),
      };
    case 'readQueue':
      return {
        path: '/api/commands/readQueue',
        headers: { ...headers, authorization: `Bearer ${rig.cast.nurse.session}` },
        body: '{}',
      };
    case 'ack':
      return {
        path: '/api/notifications/ack',
        headers: { ...headers, authorization: `Bearer ${rig.cast.nurse.session}` },
        body: '{"seq":0}',
      };
  }
}
