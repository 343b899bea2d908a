import fc from 'fast-check';
import { traceOf } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { sessionModel } from '../models/session.js';
import { type Action, openSqliteStore, POLICY, type Policy, type Store } from '../system/index.js';
import {
  type AccessStep,
  AccessStep as AccessStepSchema,
  accessStep,
  printAccessStep,
} from './support/accessSteps.js';
import { runAccessTrace } from './support/runAccessTrace.js';

/** Deliberately broken systems the access property must catch, each naming what it breaks. */
export const ACCESS_VARIANTS: Record<string, { policy?: Policy; store?: (store: Store) => Store }> =
  {
    /** A nurse may reassign cases (only a charge nurse may). */
    'nurse-may-reassign': {
      policy: { ...POLICY, nurse: new Set<Action>([...POLICY.nurse, 'case.reassign']) },
    },
    /** Sessions never expire. */
    'sessions-never-expire': {
      store: (store) => ({
        ...store,
        getSession: (h) => {
          const s = store.getSession(h);
          return s && { ...s, expiresAt: Number.MAX_SAFE_INTEGER };
        },
      }),
    },
    /** Signing out leaves the session usable. */
    'sign-out-ignored': { store: (store) => ({ ...store, endSession: () => undefined }) },
  };

/**
 * Access control: every (role, action) pair of the policy table is tried across the runs, with
 * valid, expired, ended and forged sessions; what the table forbids is refused with a typed
 * error and audited as a denial, and what it allows is never refused for access.
 */
export const accessProperty: PropertyDefinition<AccessStep> = {
  name: 'access',
  trace: (maxSteps) =>
    fc
      .array(accessStep, { maxLength: maxSteps, size: 'max' })
      .map((steps) => traceOf(steps, printAccessStep)),
  print: printAccessStep,
  stepSchema: AccessStepSchema,
  machines: [sessionModel],
  variants: Object.keys(ACCESS_VARIANTS),
  defaultMaxSteps: 40,
  runner(variant) {
    const sqlite = openSqliteStore(':memory:');
    const broken = variant === undefined ? {} : ACCESS_VARIANTS[variant];
    if (!broken) throw new Error(`no variant "${variant}" of access`);
    const store = broken.store ? broken.store(sqlite) : sqlite;
    return {
      async run(steps, probe) {
        sqlite.truncateAll();
        await runAccessTrace(steps, store, broken.policy ?? POLICY, probe);
      },
      close: () => sqlite.close(),
    };
  },
};
