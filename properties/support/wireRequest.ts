import type { MedAssistClient } from '../../server/client/MedAssistClient.js';
import type { Answer, System } from '../../system/index.js';
import type { WireStep } from './httpStep.js';

/** The same request, in-process and over HTTP. */
export interface WireRequest {
  local(system: System): Promise<Answer<unknown>>;
  remote(client: MedAssistClient): Promise<Answer<unknown>>;
}

/**
 * What a wire step sends, both ways. In-process, a body that is not a JSON object is the
 * command itself (what the server passes on); over HTTP it is the body of a command route.
 * A retry is sent twice, and answers the second time.
 */
export function wireRequest(step: WireStep, session: string, patient: boolean): WireRequest {
  const both = (command: Record<string, unknown>): WireRequest => ({
    local: (system) => system.executeUnknown(command),
    remote: (client) => client.executeUnknown(command),
  });
  const raw = (body: string, asCommand: unknown): WireRequest => ({
    local: (system) => system.executeUnknown(asCommand),
    remote: (client) => client.sendCommand('readQueue', body, { session }),
  });
  switch (step.kind) {
    case 'not-json':
      return raw('{"limit": 5', '{"limit": 5');
    case 'not-object':
      return raw('[1, 2]', [1, 2]);
    case 'no-session':
      return both({ type: 'readQueue' });
    case 'forged-session':
      return both({ type: 'readQueue', session: 'tok_forged' });
    case 'unknown-type':
      return both({ type: 'launchRocket', session });
    case 'bad-field':
      return both({ type: 'readQueue', session, limit: 0 });
    case 'correlation-id':
      return both({ type: 'readQueue', session, correlationId: `req-${step.n}` });
    case 'retry': {
      const idempotencyKey = `retry-${step.n}`;
      const command = patient
        ? { type: 'startConversation', session, idempotencyKey }
        : { type: 'readQueue', session, idempotencyKey };
      return {
        local: async (system) => {
          await system.executeUnknown(command);
          return system.executeUnknown(command);
        },
        remote: async (client) => {
          await client.executeUnknown(command);
          return client.executeUnknown(command);
        },
      };
    }
  }
}
