import { readdirSync } from 'node:fs';
import { TEST_BOOTSTRAP_TOKEN } from '../../server/startTestServer.js';
import type { BenchApi } from './BenchApi.js';
import { inParallel } from './inParallel.js';

/** The first admin every benchmark server is started with (or that seeding creates). */
export const BENCH_ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };

/** A signed-in patient with an open conversation. */
export interface BenchPatient {
  session: string;
  conversationId: string;
}

/** Who a load runs as: sessions of signed-in users, created once at setup. */
export interface Clinic {
  admin: string;
  nurses: string[];
  patients: BenchPatient[];
  /** The trained version serving triage, or null when triage is by the rules-only baseline. */
  modelVersion: string | null;
}

/** How many of whom, and whether a trained model serves triage. */
export interface ClinicPlan {
  patients: number;
  nurses: number;
  /** Deploys a trained artifact (`artifacts/`) to production and turns the triage flag on. */
  model: boolean;
  /** Makes usernames unique when one server is seeded twice. */
  prefix?: string;
}

/**
 * Creates the users of a load over HTTP, 16 requests at a time: nurses (by the admin),
 * patients (self sign-up), a sign-in and a conversation each, and optionally a trained model
 * in production. Needs cheap password hashing on the server to take seconds, not minutes.
 */
export async function seedClinic(api: BenchApi, plan: ClinicPlan): Promise<Clinic> {
  const prefix = plan.prefix ?? 'b';
  // Why ignore the answer: refused by a server started with its admin (`npm start` with
  // MEDASSIST_ADMIN_*); a test server takes the test token.
  await api.command('bootstrapAdmin', {
    ...BENCH_ADMIN,
    displayName: 'Bench admin',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const admin = await signIn(api, BENCH_ADMIN.username, BENCH_ADMIN.password);
  const password = 'bench-user-password';
  const nurses = await inParallel(16, plan.nurses, async (i) => {
    const username = `${prefix}-nurse-${i}`;
    await api.value('createStaff', { username, password, displayName: 'N', role: 'nurse' }, admin);
    return signIn(api, username, password);
  });
  const patients = await inParallel(16, plan.patients, async (i) => {
    const username = `${prefix}-patient-${i}`;
    await api.value('registerPatient', { username, password, displayName: 'P' });
    const session = await signIn(api, username, password);
    const started = await api.value('startConversation', {}, session);
    return { session, conversationId: String(started.conversationId) };
  });
  const modelVersion = plan.model ? await deployModel(api, admin, prefix) : null;
  return { admin, nurses, patients, modelVersion };
}

async function signIn(api: BenchApi, username: string, password: string): Promise<string> {
  return String((await api.value('signIn', { username, password })).session);
}

/**
 * Takes the first artifact that registers through validation, staging and canary to
 * production, and turns the triage flag to `model`: messages are then triaged by it. Why the
 * gate is opened first: a load measures speed, and the clinical gate may refuse every shipped
 * version (it judges them on the reference set, `npm run eval`), which says nothing of speed.
 */
async function deployModel(api: BenchApi, admin: string, prefix: string): Promise<string> {
  const username = `${prefix}-ml-engineer`;
  const password = 'bench-user-password';
  await api.value(
    'createStaff',
    { username, password, displayName: 'M', role: 'ml_engineer' },
    admin,
  );
  const engineer = await signIn(api, username, password);
  const open = { maxOverTriage: 1, maxNegativeFlips: 1_000_000, maxRecallDrop: 1 };
  await api.value('setGatePolicy', { ...open, maxSelfCare: 1_000_000, minEmergencies: 0 }, admin);
  const versions = readdirSync('artifacts')
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  for (const version of versions) {
    if (!(await api.command('registerModel', { version }, engineer)).body.ok) continue;
    if (!(await api.command('validateModel', { version }, engineer)).body.ok) continue;
    for (const type of ['stageModel', 'startCanary', 'promoteModel'])
      await api.value(type, { version }, engineer);
    const flag = { key: 'triage-model', enabled: true, variant: 'model' };
    await api.value('setFlag', flag, engineer);
    return version;
  }
  throw new Error(`no artifact in artifacts/ could be deployed: ${versions.join(', ')}`);
}
