import { z } from 'zod';

/** A user's id (patients and staff alike; a patient's user id is their patient id). */
export const UserId = z.string().min(1).max(64).brand<'UserId'>();
export type UserId = z.infer<typeof UserId>;

/** What a user is, which decides what they may do (see `access/policy.ts`). */
export const Role = z.enum(['patient', 'nurse', 'charge_nurse', 'ml_engineer', 'admin']);
export type Role = z.infer<typeof Role>;

/**
 * The two namespaces of usernames: patients sign themselves up, staff are created by an admin.
 * Why two: a sign-up must not tell anyone which names the staff have (issue 17, D6).
 */
export const Realm = z.enum(['patient', 'staff']);
export type Realm = z.infer<typeof Realm>;

export const realmOf = (role: Role): Realm => (role === 'patient' ? 'patient' : 'staff');

/** The authenticated user a command runs as. */
export interface Actor {
  userId: UserId;
  role: Role;
}

/** A login name: lower-case letters, digits and a few separators. */
export const Username = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, dot, dash and underscore only');

/** A password: long enough to matter, short enough not to be a hashing denial of service. */
export const Password = z.string().min(8).max(256);
