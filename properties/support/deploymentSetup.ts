import { DEPLOYMENT_PATIENTS } from '../../models/deploymentRoster.js';
import {
  type ConversationId,
  createSystem,
  openSqliteStore,
  type System,
  type SystemConfig,
  seededIds,
  trafficBucket,
} from '../../system/index.js';
import { type SignedInUser, signUpPatient, signUpStaff, TEST_BOOTSTRAP_TOKEN } from './signUp.js';

/** Who acts in the deployment world: an ML engineer, an admin, and the roster's patients. */
export interface DeploymentCast {
  engineer: SignedInUser;
  admin: SignedInUser;
  /** By roster index: each patient's id lands in their roster slice of the traffic buckets. */
  patients: Array<SignedInUser & { conversationId: ConversationId }>;
}

/**
 * Signs up the cast on a system whose ids are seeded with `rosterSeed()`, and orders the
 * patients by the slice their bucket falls in.
 */
export async function setUpDeployment(system: System): Promise<DeploymentCast> {
  const cast = await signUpAll(system);
  if (!cast) throw new Error('the roster seed no longer gives one patient per bucket slice');
  return cast;
}

let found: number | undefined;

/**
 * The first id seed whose patients land one in each roster slice. Why search: a patient's
 * bucket is a hash of an id the system makes; the seed fixes the ids, so it fixes the buckets.
 */
export async function rosterSeed(config: Partial<SystemConfig>): Promise<number> {
  for (let seed = 1; found === undefined; seed++) {
    if (seed > 2000) throw new Error('no seed puts a patient in every bucket slice');
    const store = openSqliteStore(':memory:');
    try {
      const cast = await signUpAll(
        createSystem({
          store,
          ids: seededIds(seed),
          config,
          bootstrapToken: TEST_BOOTSTRAP_TOKEN,
        }),
      );
      if (cast) found = seed;
    } finally {
      store.close();
    }
  }
  return found;
}

async function signUpAll(system: System): Promise<DeploymentCast | null> {
  const [engineer, admin] = await signUpStaff(system, [
    { name: 'engineer', role: 'ml_engineer' },
    { name: 'admin', role: 'admin' },
  ]);
  const signedUp: DeploymentCast['patients'] = [];
  for (const { name } of DEPLOYMENT_PATIENTS) {
    const patient = await signUpPatient(system, name);
    const started = await system.execute({ type: 'startConversation', session: patient.session });
    if (!started.ok) throw new Error(`could not start ${name}'s conversation`);
    signedUp.push({ ...patient, conversationId: started.value.conversationId });
  }
  const patients = DEPLOYMENT_PATIENTS.map(({ buckets: [lo, hi] }) =>
    signedUp.find((p) => {
      const bucket = trafficBucket(p.userId);
      return bucket >= lo && bucket < hi;
    }),
  );
  if (patients.some((p) => p === undefined)) return null;
  return { engineer: engineer!, admin: admin!, patients: patients as DeploymentCast['patients'] };
}
