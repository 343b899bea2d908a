import { TEST_BOOTSTRAP_TOKEN } from '../../server/startTestServer.js';
import type { PatientId, Role, System, UserId } from '../../system/index.js';

export { TEST_BOOTSTRAP_TOKEN };

/** scrypt at a cost a property can afford hundreds of times a second (never for production). */
export const TEST_PASSWORD_COST = { N: 16, r: 1, p: 1 };

/** A signed-in user as a property drives them. */
export interface SignedInUser {
  userId: UserId;
  role: Role;
  session: string;
}

/** Registers a patient and signs them in. */
export async function signUpPatient(
  system: System,
  name: string,
  record: { unit?: string; birthDate?: string } = {},
): Promise<SignedInUser & { patientId: PatientId }> {
  const credentials = { username: `u.${name}`, password: `${name}-password` };
  const registered = await system.execute({
    type: 'registerPatient',
    ...credentials,
    displayName: name,
    ...record,
  });
  if (!registered.ok)
    throw new Error(`could not register ${name}: ${JSON.stringify(registered.error)}`);
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error(`could not sign in ${name}: ${JSON.stringify(signedIn.error)}`);
  return { ...signedIn.value, patientId: registered.value.patientId };
}

/** Creates the admin (the system must have `TEST_BOOTSTRAP_TOKEN`), then staff with the given roles, and signs each in. */
export async function signUpStaff(
  system: System,
  staff: ReadonlyArray<{ name: string; role: Exclude<Role, 'patient'>; unit?: string }>,
): Promise<SignedInUser[]> {
  const admin = { username: 'u.admin', password: 'admin-password' };
  await system.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'Admin',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const adminIn = await system.execute({ type: 'signIn', ...admin });
  if (!adminIn.ok) throw new Error('could not sign the admin in');
  const users: SignedInUser[] = [];
  for (const { name, role, unit } of staff) {
    const credentials = { username: `u.${name}`, password: `${name}-password` };
    const created =
      role === 'admin'
        ? { ok: true as const }
        : await system.execute({
            type: 'createStaff',
            session: adminIn.value.session,
            ...credentials,
            displayName: name,
            role,
            ...(unit === undefined ? {} : { unit }),
          });
    if (!created.ok) throw new Error(`could not create ${name}`);
    const signedIn = await system.execute({
      type: 'signIn',
      ...(role === 'admin' ? admin : credentials),
    });
    if (!signedIn.ok) throw new Error(`could not sign ${name} in`);
    users.push(signedIn.value);
  }
  return users;
}
