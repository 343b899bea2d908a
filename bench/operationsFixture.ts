import { statSync } from 'node:fs';
import {
  type ConversationId,
  createSystem,
  openSqliteStore,
  type System,
  seededIds,
  VirtualClock,
} from '../system/index.js';
import { BENCH_ADMIN } from './loads/seedClinic.js';
import { symptomTexts } from './loads/symptomTexts.js';

/** A database file with a clinic's worth of records, for the operations rows. */
export interface OperationsFixture {
  path: string;
  bytes: number;
  messages: number;
}

/** What `npm start --insecure-fast-passwords` hashes with, so the server can sign users in. */
export const BENCH_PASSWORD_COST = { N: 1024, r: 1, p: 1 };

/**
 * Writes `patients` patients with `perPatient` messages each (escalations, review cases and
 * notifications as triage makes them) to a file database, and the bench admin. Why
 * synchronous=OFF while seeding: the fixture's durability is not what is measured.
 */
export async function operationsFixture(
  path: string,
  patients: number,
  perPatient: number,
): Promise<OperationsFixture> {
  const store = openSqliteStore(path);
  store.db.pragma('synchronous = OFF');
  const system = createSystem({
    store,
    clock: new VirtualClock(),
    ids: seededIds(3),
    config: { passwordCost: BENCH_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
  });
  await system.execute({ type: 'bootstrapAdmin', ...BENCH_ADMIN, displayName: 'Bench admin' });
  const texts = symptomTexts();
  let messages = 0;
  for (let p = 0; p < patients; p++) {
    const conversationId = await startPatient(system, `ops-patient-${p}`);
    for (let m = 0; m < perPatient; m++) {
      const text = texts[(p * perPatient + m) % texts.length]!;
      const { session } = conversationId;
      const sent = await system.execute({
        type: 'sendMessage',
        session,
        conversationId: conversationId.id,
        text,
      });
      if (sent.ok) messages++;
    }
  }
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  return { path, bytes: statSync(path).size, messages };
}

async function startPatient(
  system: System,
  username: string,
): Promise<{ session: string; id: ConversationId }> {
  const credentials = { username, password: `${username}-password` };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: username });
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error(`could not sign ${username} in`);
  const started = await system.execute({
    type: 'startConversation',
    session: signedIn.value.session,
  });
  if (!started.ok) throw new Error(`could not start ${username}'s conversation`);
  return { session: signedIn.value.session, id: started.value.conversationId };
}
