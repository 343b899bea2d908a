import type { MedAssistClient } from '../../server/client/MedAssistClient.js';
import { TEST_BOOTSTRAP_TOKEN } from '../../server/startTestServer.js';
import type { Role } from '../../system/index.js';

/**
 * Creates the admin and then every user of a roster over HTTP, signed in, in roster order.
 * Passwords are `<name>-password`.
 */
export async function signUpOverHttp(
  http: MedAssistClient,
  roster: ReadonlyArray<{ name: string; role: Role }>,
): Promise<Array<{ session: string; userId: string }>> {
  const admin = { username: 'u.admin', password: 'admin-password' };
  await http.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'Admin',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const adminIn = await http.execute({ type: 'signIn', ...admin });
  if (!adminIn.ok) throw new Error('could not sign the admin in');
  const users = [];
  for (const { name, role } of roster) {
    const credentials = { username: `u.${name}`, password: `${name}-password` };
    const created =
      role === 'patient'
        ? await http.execute({ type: 'registerPatient', ...credentials, displayName: name })
        : role === 'admin'
          ? { ok: false as const }
          : await http.execute({
              type: 'createStaff',
              session: adminIn.value.session,
              ...credentials,
              displayName: name,
              role,
            });
    if (!created.ok) throw new Error(`could not create ${name}`);
    const signedIn = await http.execute({ type: 'signIn', ...credentials });
    if (!signedIn.ok) throw new Error(`could not sign ${name} in`);
    users.push({ session: signedIn.value.session, userId: signedIn.value.userId });
  }
  return users;
}
