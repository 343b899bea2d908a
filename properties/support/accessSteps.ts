import fc from 'fast-check';
import { z } from 'zod';
import { type GovernedCommand, MAY_RUN } from '../../models/accessModel.js';
import { accessWorld } from '../../models/accessWorld.js';

/** The roles, each of which the access property signs in. */
export const ROLES = ['patient', 'nurse', 'charge_nurse', 'ml_engineer', 'admin'] as const;

/** The commands that need a session, as the reference names them. */
export const GOVERNED_COMMANDS = Object.keys(MAY_RUN) as GovernedCommand[];

/** The state of the session an attempt carries. */
export const SESSION_STATES = ['valid', 'expired', 'ended', 'forged'] as const;

/** One attempt: a role runs a command with a session in some state. */
export const AccessStep = z.object({
  role: z.enum(ROLES),
  command: z.string().refine((c) => (GOVERNED_COMMANDS as string[]).includes(c)),
  session: z.enum(SESSION_STATES),
});
export type AccessStep = z.infer<typeof AccessStep>;

/** Attempts, mostly with valid sessions; shrinking goes toward the first role and command. */
export const accessStep: fc.Arbitrary<AccessStep> = fc.record({
  role: fc.constantFrom(...ROLES),
  command: fc.constantFrom(...GOVERNED_COMMANDS),
  session: fc.oneof(
    { arbitrary: fc.constant('valid' as const), weight: 7 },
    {
      arbitrary: fc.constantFrom('expired' as const, 'ended' as const, 'forged' as const),
      weight: 3,
    },
  ),
});

/** An attempt as one line of a script. */
export const printAccessStep = (s: AccessStep): string => accessWorld.print(s);
