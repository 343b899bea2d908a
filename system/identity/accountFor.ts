import type { Realm } from '../domain/user.js';
import type { UserRecord } from '../store/Store.js';

/** An account a command names, found or not, and the realm it was looked for in. */
export interface NamedAccount {
  realm: Realm;
  user: UserRecord | undefined;
  /** What its buckets and lockout are kept under: the realm and the name. */
  key: string;
}

/**
 * The account a sign-in names: in `realm` when the client says which, else a patient's of
 * that name, else a staff member's. Why a patient's first: a patient who signs up with a
 * staff member's name must reach their own account, and an attacker who does so learns
 * nothing; staff pages always say their realm.
 */
export function accountFor(
  find: (username: string, realm: Realm) => UserRecord | undefined,
  username: string,
  realm?: Realm,
): NamedAccount {
  if (realm) return named(realm, username, find(username, realm));
  const patient = find(username, 'patient');
  if (patient) return named('patient', username, patient);
  const staff = find(username, 'staff');
  return named(staff ? 'staff' : 'patient', username, staff);
}

/** The key of an account in a realm, for the sign-in guard. */
export const accountKey = (realm: Realm, username: string): string => `${realm}:${username}`;

const named = (realm: Realm, username: string, user: UserRecord | undefined): NamedAccount => ({
  realm,
  user,
  key: accountKey(realm, username),
});
