import { z } from 'zod';
import { BirthDate } from '../birthDate.js';
import { DisplayName } from '../textRules.js';
import { Unit } from '../unit.js';
import { Password, Realm, Role, Username } from '../user.js';
import { authenticated, envelope } from './envelope.js';

/** Registers a patient (self sign-up). */
export const RegisterPatient = z.object({
  type: z.literal('registerPatient'),
  username: Username,
  password: Password,
  displayName: DisplayName,
  /** Optional: a nurse then sees the patient's age. */
  birthDate: BirthDate.optional(),
  /** Optional: the unit whose nurses look after the patient (`general` if not given). */
  unit: Unit.optional(),
  ...envelope,
});

/** Creates a staff account (an admin's job). */
export const CreateStaff = z.object({
  type: z.literal('createStaff'),
  username: Username,
  password: Password,
  displayName: DisplayName,
  role: Role.exclude(['patient']),
  /** Optional: the unit the staff member works in (`general` if not given). */
  unit: Unit.optional(),
  ...authenticated,
});

/**
 * Exchanges a username and password for a session token. `realm` names the account's
 * namespace; without it, a patient's account of that name, else a staff member's.
 */
export const SignIn = z.object({
  type: z.literal('signIn'),
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
  realm: Realm.optional(),
  ...envelope,
});

/** Ends the session the command carries. */
export const SignOut = z.object({ type: z.literal('signOut'), ...authenticated });

/**
 * Creates the first admin of a system without one, with the one-time bootstrap token the
 * system was started with; refused once any admin exists, and always by a system started
 * without a token.
 */
export const BootstrapAdmin = z.object({
  type: z.literal('bootstrapAdmin'),
  username: Username,
  password: Password,
  displayName: DisplayName,
  bootstrapToken: z.string().min(1).max(256).optional(),
  ...envelope,
});
