import type { MedAssistClient } from '../../server/client/MedAssistClient.js';
import type { System } from '../../system/index.js';

/**
 * A `System` whose commands travel over real HTTP to a server, so code written against the
 * in-process API runs unchanged over the wire. Read-outs (audit log, counts, records) and the
 * outbox come from `backing`, the system the server serves: what a test inspects, not what a
 * client could see. `tick` runs `backing`'s timers, as the server's scheduler does (the API
 * has no route for them).
 */
export function httpSystem(client: MedAssistClient, backing: System): System {
  return {
    ...backing,
    execute: ((command: unknown) => client.executeUnknown(command)) as System['execute'],
    executeUnknown: (command) => client.executeUnknown(command),
  };
}
