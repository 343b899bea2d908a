import {
  DEFAULT_DEPLOYMENT_CONFIG,
  type DeploymentConfig,
} from '../deployment/DeploymentConfig.js';
import { DEFAULT_PASSWORD_COST, type PasswordCost } from '../identity/passwordHash.js';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from '../identity/SignInGuard.js';

/** The system's tunable rules. */
export interface SystemConfig {
  /** How long an escalation may wait for acknowledgement, by acuity (1 and 2), in ms. */
  ackSlaMs: { 1: number; 2: number };
  /** How long a review case may wait for a nurse's decision, by acuity, in ms. */
  reviewDueMs: Record<1 | 2 | 3 | 4 | 5, number>;
  /** How long a session lasts from sign-in, in ms. */
  sessionTtlMs: number;
  passwordCost: PasswordCost;
  /** Rate limits and lockout of the requests that hash a password without a session. */
  signInLimits: SignInLimits;
  /** Canary steps, serving guards and canary analysis thresholds. */
  deployment: DeploymentConfig;
}

/** The defaults: a resuscitation-level emergency must be taken within 2 minutes. */
export const DEFAULT_CONFIG: SystemConfig = {
  ackSlaMs: { 1: 2 * 60_000, 2: 10 * 60_000 },
  // Why these: the Manchester Triage System's longest waits to be seen (very urgent 10 min,
  // urgent 60, standard 120, non-urgent 240); a case at acuity 1 is an emergency as well.
  reviewDueMs: { 1: 5 * 60_000, 2: 10 * 60_000, 3: 60 * 60_000, 4: 120 * 60_000, 5: 240 * 60_000 },
  sessionTtlMs: 30 * 60_000,
  passwordCost: DEFAULT_PASSWORD_COST,
  signInLimits: DEFAULT_SIGN_IN_LIMITS,
  deployment: DEFAULT_DEPLOYMENT_CONFIG,
};
