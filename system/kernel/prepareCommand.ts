import { randomBytes } from 'node:crypto';
import { messageViolation, withoutForbiddenCharacters } from '../conversation/messageLimits.js';
import { type ModelDeployment, TRIAGE_MODEL } from '../deployment/modelDeployment.js';
import type { Command, CommandOf } from '../domain/command.js';
import type { Actor, Realm } from '../domain/user.js';
import { accountFor, accountKey } from '../identity/accountFor.js';
import { isBootstrapToken } from '../identity/bootstrapToken.js';
import type { PasswordCost, PasswordHasher } from '../identity/passwordHash.js';
import { caseAcuities } from '../release/caseAcuities.js';
import { evaluateRelease } from '../release/evaluateRelease.js';
import type { ReleaseEvaluation } from '../release/ReleaseEvaluation.js';
import type { UserRecord } from '../store/Store.js';
import { isStoreUnavailable } from '../store/StoreUnavailable.js';
import { assessMessage } from '../triage/assessMessage.js';
import { refusedEmergencyAdvice } from '../triage/emergencyAdvice.js';
import { evaluateRedFlags } from '../triage/evaluateRedFlags.js';
import type { KernelDeps, RequestSource } from './KernelDeps.js';
import type { Prepared } from './Prepared.js';

const NOTHING: Prepared = {
  triage: null,
  emergencyAdvice: null,
  passwordHash: null,
  bootstrapTokenValid: false,
  verifiedUserId: null,
  throttled: null,
  artifact: null,
  release: null,
};

/**
 * The slow, side-effect-free part of a command, done before its transaction: triage of a
 * message (and, for a message that will be refused, the emergency advice still owed to the
 * patient), and password hashing, which must not stall the event loop. No request without a
 * session hashes a password unless the sign-in guard admits it (per peer and per account, on
 * the injected clock), and none hashes one it will be refused anyway (issue 17, D5).
 */
export async function prepareCommand(
  cmd: Command,
  actor: Actor | null,
  deps: KernelDeps,
  source: RequestSource = {},
): Promise<Prepared> {
  switch (cmd.type) {
    case 'sendMessage': {
      if (messageViolation(cmd.text) === null) {
        const triage = await assessMessage(cmd.text, actor?.userId ?? 'anonymous', deps.triage);
        return {
          ...NOTHING,
          triage,
          emergencyAdvice: triage.escalate
            ? refusedEmergencyAdvice(
                triage.acuity as 1 | 2,
                triage.ruleHits.map((hit) => hit.family),
              )
            : null,
        };
      }
      const rules = evaluateRedFlags(
        withoutForbiddenCharacters(cmd.text),
        deps.triage.redFlagRules,
      );
      if (rules.hits.length === 0) return NOTHING;
      const families = rules.hits.map((hit) => hit.family);
      return {
        ...NOTHING,
        emergencyAdvice: refusedEmergencyAdvice(rules.acuity as 1 | 2, families),
      };
    }
    case 'bootstrapAdmin': {
      // Why checked before hashing: a wrong token, or a system that has its admin, must not
      // cost anyone a password hash (issue 17, D5).
      const bootstrapTokenValid = isBootstrapToken(deps.bootstrapTokenHash, cmd.bootstrapToken);
      if (!bootstrapTokenValid || hasAdmin(deps)) return { ...NOTHING, bootstrapTokenValid };
      const key = accountKey('staff', cmd.username);
      const throttled = deps.guard.admit(source.peer, key, deps.clock.now());
      if (throttled) return { ...NOTHING, bootstrapTokenValid, throttled };
      const passwordHash = await deps.guard.hashing(source.peer, () => newHash(cmd.password, deps));
      return { ...NOTHING, bootstrapTokenValid, passwordHash };
    }
    case 'registerPatient': {
      const key = accountKey('patient', cmd.username);
      const throttled = deps.guard.admit(source.peer, key, deps.clock.now());
      if (throttled) return { ...NOTHING, throttled };
      // Why no hash for a taken name: the answer says it is taken anyway, so a hash would
      // only cost the server; the handler refuses it.
      if (readUser(deps, cmd.username, 'patient')) return NOTHING;
      const passwordHash = await deps.guard.hashing(source.peer, () => newHash(cmd.password, deps));
      return { ...NOTHING, passwordHash };
    }
    case 'createStaff':
      return { ...NOTHING, passwordHash: await newHash(cmd.password, deps) };
    case 'signIn': {
      const { key } = accountFor(
        (name, realm) => readUser(deps, name, realm),
        cmd.username,
        cmd.realm,
      );
      const throttled = deps.guard.admit(source.peer, key, deps.clock.now());
      if (throttled) return { ...NOTHING, throttled };
      return deps.guard.serialize(key, () => verifySignIn(cmd, deps, source));
    }
    case 'registerModel':
      // Why here: verifying an artifact hashes all of it, too slow to hold a transaction for.
      return { ...NOTHING, artifact: deps.artifacts.load(cmd.version) };
    case 'validateModel':
      return { ...NOTHING, release: measureRelease(cmd.version, deps) };
    default:
      return NOTHING;
  }
}

/**
 * Checks a sign-in's password, one at a time per account: a locked account is refused before
 * any hash; an unknown account is checked against a dummy hash of the same cost, so a wrong
 * name and a wrong password take the same time (D6); the outcome moves the lockout.
 */
async function verifySignIn(
  cmd: CommandOf<'signIn'>,
  deps: KernelDeps,
  source: RequestSource,
): Promise<Prepared> {
  // Why looked up again: an account may have been created while this one waited its turn.
  const { key, user } = accountFor(
    (name, realm) => readUser(deps, name, realm),
    cmd.username,
    cmd.realm,
  );
  const locked = deps.guard.locked(key, deps.clock.now());
  if (locked) return { ...NOTHING, throttled: locked };
  const matches = await deps.guard.hashing(source.peer, async () => {
    const stored =
      user?.passwordHash ?? (await dummyHash(deps.passwords, deps.config.passwordCost));
    return deps.passwords.verify(cmd.password, stored);
  });
  const verified = matches && user !== undefined;
  if (verified) deps.guard.succeeded(key);
  else deps.guard.failed(key, deps.clock.now());
  return { ...NOTHING, verifiedUserId: verified ? user.id : null };
}

const newHash = (password: string, deps: KernelDeps): Promise<string> =>
  deps.passwords.hash(password, deps.ids.next('salt'), deps.config.passwordCost);

const DUMMY_HASHES = new WeakMap<PasswordHasher, Map<string, Promise<string>>>();

/** A hash of nothing anyone knows, at the given cost, made once per hasher and cost. */
function dummyHash(passwords: PasswordHasher, cost: PasswordCost): Promise<string> {
  const key = `${cost.N}/${cost.r}/${cost.p}`;
  let byCost = DUMMY_HASHES.get(passwords);
  if (!byCost) {
    byCost = new Map();
    DUMMY_HASHES.set(passwords, byCost);
  }
  let dummy = byCost.get(key);
  if (!dummy) {
    dummy = passwords.hash(randomBytes(16).toString('hex'), 'dummy-salt', cost);
    byCost.set(key, dummy);
  }
  return dummy;
}

/** A user by name; a store that fails reads as none (the transaction answers for it). */
function readUser(deps: KernelDeps, username: string, realm: Realm): UserRecord | undefined {
  try {
    return deps.store.getUserByUsername(username, realm);
  } catch (e) {
    if (isStoreUnavailable(e)) return undefined;
    throw e;
  }
}

/** Whether an admin exists; a store that fails reads as yes (the handler answers for it). */
function hasAdmin(deps: KernelDeps): boolean {
  try {
    return deps.store.usersWithRole('admin').length > 0;
  } catch (e) {
    if (isStoreUnavailable(e)) return true;
    throw e;
  }
}

/**
 * Measures a registered version against production on the reference set. Why here: it
 * triages the whole set twice, far too slow to hold a transaction for; the handler checks that
 * production is still the one measured against. Null when there is nothing to measure (the
 * handler then refuses with the reason).
 */
function measureRelease(version: string, deps: KernelDeps): ReleaseEvaluation | null {
  let deployment: ModelDeployment | undefined;
  try {
    if (deps.store.getModelVersion(version)?.state !== 'registered') return null;
    deployment = deps.store.getDeployment(TRIAGE_MODEL);
  } catch (e) {
    // Why swallow: the transaction reads the store again and answers for a failure there.
    if (isStoreUnavailable(e)) return null;
    throw e;
  }
  const candidate = deps.artifacts.load(version);
  const against = deployment?.production ?? null;
  const production = against === null ? null : deps.artifacts.load(against);
  if (!candidate.ok || (production !== null && !production.ok)) return null;
  const reference = deps.referenceSet();
  const rules = deps.triage.redFlagRules;
  return evaluateRelease(
    reference,
    { candidate: candidate.value.version, against },
    caseAcuities(reference.cases, rules, candidate.value),
    caseAcuities(reference.cases, rules, production?.value ?? null),
  );
}
