import {
  type PasswordHasher,
  SCRYPT_PASSWORDS,
  type System,
  type UserId,
} from '../../system/index.js';

/** The bootstrap token of the boundary world's systems. */
export const BOUNDARY_TOKEN = 'boundary-bootstrap-token';

/** A signed-in user of the boundary world. */
export interface BoundaryUser {
  userId: UserId;
  session: string;
}

/** Who the boundary world starts with: an admin, a nurse, two patients with conversations. */
export interface BoundaryCast {
  nurse: BoundaryUser;
  patients: Array<BoundaryUser & { open: string; closed: string }>;
  /** User ids by sign-in account name (`nurse`, `pat0`, `pat1`). */
  ids: Record<string, UserId>;
}

const password = (name: string) => `${name}-password`;
export const usernameOf = (account: string) => `u.${account}`;
export const passwordOf = password;

async function must<T>(
  what: string,
  answer: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>,
): Promise<T> {
  const a = await answer;
  if (!a.ok) throw new Error(`boundary setup: ${what}: ${JSON.stringify(a.error)}`);
  return a.value;
}

/** Signs the cast up in-process (no peer, so no per-address bucket is touched). */
export async function setUpBoundary(system: System): Promise<BoundaryCast> {
  const admin = { username: 'u.admin', password: password('admin') };
  await must(
    'admin',
    system.execute({
      type: 'bootstrapAdmin',
      ...admin,
      displayName: 'Admin',
      bootstrapToken: BOUNDARY_TOKEN,
    }),
  );
  const adminIn = await must('admin sign-in', system.execute({ type: 'signIn', ...admin }));
  const nurseCredentials = { username: usernameOf('nurse'), password: password('nurse') };
  const nurseId = await must(
    'nurse',
    system.execute({
      type: 'createStaff',
      session: adminIn.session,
      ...nurseCredentials,
      displayName: 'Nina',
      role: 'nurse',
    }),
  );
  const nurse = await must(
    'nurse sign-in',
    system.execute({ type: 'signIn', ...nurseCredentials }),
  );
  const patients: BoundaryCast['patients'] = [];
  for (const name of ['pat0', 'pat1']) {
    const credentials = { username: usernameOf(name), password: password(name) };
    await must(
      name,
      system.execute({ type: 'registerPatient', ...credentials, displayName: name }),
    );
    const signedIn = await must(
      `${name} sign-in`,
      system.execute({ type: 'signIn', ...credentials }),
    );
    const { session } = signedIn;
    const closed = await must('closed', system.execute({ type: 'startConversation', session }));
    await must(
      'close',
      system.execute({ type: 'closeConversation', session, conversationId: closed.conversationId }),
    );
    const open = await must('open', system.execute({ type: 'startConversation', session }));
    patients.push({
      userId: signedIn.userId,
      session,
      open: open.conversationId,
      closed: closed.conversationId,
    });
  }
  return {
    nurse: { userId: nurse.userId, session: nurse.session },
    patients,
    ids: { nurse: nurseId.userId, pat0: patients[0]!.userId, pat1: patients[1]!.userId },
  };
}

/** A password hasher that counts the checks of a given password (what a sign-in costs). */
export function countingPasswords(): PasswordHasher & { checks: number } {
  const counter = {
    checks: 0,
    hash: SCRYPT_PASSWORDS.hash,
    verify: (given: string, stored: string) => {
      counter.checks++;
      return SCRYPT_PASSWORDS.verify(given, stored);
    },
  };
  return counter;
}
