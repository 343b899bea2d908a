import { beforeEach, describe, expect, it } from 'vitest';
import {
  createSystem,
  type PasswordHasher,
  SCRYPT_PASSWORDS,
  type System,
  seededIds,
  VirtualClock,
} from '../index.js';

/** How many password hashes were computed: new ones and checks of a given password. */
const hashes = { made: 0, checked: 0 };
const counting: PasswordHasher = {
  hash: (...args) => {
    hashes.made++;
    return SCRYPT_PASSWORDS.hash(...args);
  },
  verify: (...args) => {
    hashes.checked++;
    return SCRYPT_PASSWORDS.verify(...args);
  },
};

const COST = { N: 16, r: 1, p: 1 };
const PAT_SIGN_UP = {
  type: 'registerPatient',
  username: 'pat',
  password: 'pat-password',
  displayName: 'Pat',
} as const;
const TOKEN = 'guard-test';

async function clinic(): Promise<{ system: System; clock: VirtualClock }> {
  const clock = new VirtualClock();
  const system = createSystem({
    seed: 5,
    clock,
    config: { passwordCost: COST },
    bootstrapToken: TOKEN,
    passwords: counting,
  });
  const admin = { username: 'admin', password: 'admin-password' };
  await system.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'A',
    bootstrapToken: TOKEN,
  });
  const adminIn = await system.execute({ type: 'signIn', ...admin });
  if (!adminIn.ok) throw new Error('no admin');
  await system.execute({
    type: 'createStaff',
    session: adminIn.value.session,
    username: 'nina',
    password: 'nina-password',
    displayName: 'Nina',
    role: 'nurse',
  });
  await system.execute({ ...PAT_SIGN_UP });
  return { system, clock };
}

const codes = (answers: ReadonlyArray<{ ok: boolean; error?: { code: string } }>) => {
  const count: Record<string, number> = {};
  for (const a of answers) {
    const code = a.ok ? 'ok' : a.error!.code;
    count[code] = (count[code] ?? 0) + 1;
  }
  return count;
};

beforeEach(() => {
  hashes.made = 0;
  hashes.checked = 0;
});

describe('no request without a session costs a password hash outside its buckets', () => {
  it('D5: a flood of concurrent sign-ins from one address hashes only its burst; the rest are refused 429 and audited, and a real user elsewhere signs in', async () => {
    const { system } = await clinic();
    hashes.checked = 0;
    const events = system.counts().auditEvents;
    const flood = Array.from({ length: 30 }, (_, i) =>
      system.executeUnknown(
        { type: 'signIn', username: `nobody${i}`, password: 'guess-password' },
        { peer: '203.0.113.9' },
      ),
    );
    const nina = system.execute(
      { type: 'signIn', username: 'nina', password: 'nina-password' },
      { peer: '198.51.100.7' },
    );
    const answers = await Promise.all(flood);
    expect(codes(answers)).toEqual({ invalid_credentials: 10, rate_limited: 20 });
    expect((await nina).ok).toBe(true);
    expect(hashes.checked).toBe(11);
    expect(system.counts().auditEvents).toBe(events + 31);
    const refused = answers.find((a) => !a.ok && a.error.code === 'rate_limited');
    expect(refused).toMatchObject({ error: { code: 'rate_limited', retryAfterMs: 3000 } });
  });

  it('D5: one account guessed from many addresses is hashed at most its burst, one at a time', async () => {
    const { system } = await clinic();
    hashes.checked = 0;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        system.executeUnknown(
          { type: 'signIn', username: 'nina', password: `guess-${i}-password` },
          { peer: `203.0.113.${i}` },
        ),
      ),
    );
    expect(codes(answers)).toEqual({ invalid_credentials: 5, rate_limited: 15 });
    expect(hashes.checked).toBe(5);
  });

  it('D5: sign-up with a taken name and bootstrap once an admin exists hash nothing', async () => {
    // Counted by the salts drawn (one per new hash), which any hashing code draws.
    const inner = seededIds(6);
    let salts = 0;
    const ids = {
      next: (prefix: string) => {
        if (prefix === 'salt') salts++;
        return inner.next(prefix);
      },
    };
    const system = createSystem({ ids, config: { passwordCost: COST }, bootstrapToken: TOKEN });
    const admin = { username: 'admin', password: 'admin-password', displayName: 'A' };
    await system.execute({ type: 'bootstrapAdmin', ...admin, bootstrapToken: TOKEN });
    await system.execute({
      type: 'registerPatient',
      username: 'pat',
      password: 'pat-password',
      displayName: 'P',
    });
    salts = 0;
    const taken = await system.execute({
      type: 'registerPatient',
      username: 'pat',
      password: 'other-password',
      displayName: 'X',
    });
    expect(taken.ok).toBe(false);
    const again = await system.execute({
      type: 'bootstrapAdmin',
      username: 'admin2',
      password: 'admin-password',
      displayName: 'A',
      bootstrapToken: TOKEN,
    });
    expect(again.ok).toBe(false);
    expect(salts).toBe(0);
  });

  it('D5: the buckets refill on the injected clock', async () => {
    const { system, clock } = await clinic();
    const signIn = () =>
      system.executeUnknown(
        { type: 'signIn', username: 'nina', password: 'nina-password' },
        { peer: '192.0.2.1' },
      );
    const burst = await Promise.all(Array.from({ length: 6 }, signIn));
    expect(codes(burst)).toEqual({ ok: 5, rate_limited: 1 });
    clock.advance(11_999);
    expect((await signIn()).ok).toBe(false);
    clock.advance(1);
    expect((await signIn()).ok).toBe(true);
  });
});

describe('usernames cannot be told apart', () => {
  it('D6: an unknown name and a wrong password cost the same hash and get the same answer', async () => {
    const { system } = await clinic();
    hashes.checked = 0;
    const unknown = await system.execute({
      type: 'signIn',
      username: 'ghost',
      password: 'ghost-password',
    });
    expect(hashes.checked).toBe(1);
    const wrong = await system.execute({
      type: 'signIn',
      username: 'nina',
      password: 'wrong-password',
    });
    expect(hashes.checked).toBe(2);
    const { correlationId: _a, ...u } = unknown;
    const { correlationId: _b, ...w } = wrong;
    expect(u).toEqual(w);
  });

  it("D6: sign-up with a staff member's name gets exactly the answer a free name gets, and both accounts sign in", async () => {
    const { system } = await clinic();
    const attempt = async (username: string) => {
      const answer = await system.execute({
        type: 'registerPatient',
        username,
        password: 'some-password',
        displayName: 'X',
      });
      const event = system.lastAuditEvent()!;
      return {
        answer: { ...answer, correlationId: '', value: { patientId: '' } },
        audit: [event.action, event.entity.what.split('/')[0], event.agent.role, event.outcome],
      };
    };
    expect(await attempt('nina')).toEqual(await attempt('nobody-has-this'));
    const nurse = await system.execute({
      type: 'signIn',
      username: 'nina',
      password: 'nina-password',
      realm: 'staff',
    });
    expect(nurse).toMatchObject({ ok: true, value: { role: 'nurse' } });
    const patient = await system.execute({
      type: 'signIn',
      username: 'nina',
      password: 'some-password',
    });
    expect(patient).toMatchObject({ ok: true, value: { role: 'patient' } });
    // A patient's name is still told apart at sign-up: the namespace is the patients' own.
    expect(await system.execute({ ...PAT_SIGN_UP })).toMatchObject({
      error: { code: 'username_taken' },
    });
  });
});

describe('failed sign-ins lock the account, with backoff', () => {
  it('D7: 40 wrong guesses, spaced to pass the buckets, and then the right password is refused as locked; the lock is audited naming the account', async () => {
    const { system, clock } = await clinic();
    const ninaId =
      system.counts() &&
      [...system.auditLog()].find((e) => e.subtype === 'createStaff')!.entity.what;
    const answers = [];
    for (let i = 0; i < 40; i++) {
      clock.advance(12_000);
      answers.push(
        await system.execute({ type: 'signIn', username: 'nina', password: `guess-${i}-pw` }),
      );
      const event = system.lastAuditEvent()!;
      expect(event.entity.what).toBe(ninaId);
      expect(event.outcome.label).toBe('denied');
    }
    const counts = codes(answers);
    expect(counts.account_locked).toBeGreaterThan(10);
    const right = await system.execute({
      type: 'signIn',
      username: 'nina',
      password: 'nina-password',
    });
    expect(right).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    expect(system.lastAuditEvent()).toMatchObject({
      entity: { what: ninaId },
      outcome: { label: 'denied', detail: 'account_locked' },
    });
    if (right.ok || right.error.code !== 'account_locked') return;
    clock.advance(right.error.retryAfterMs);
    expect(
      (await system.execute({ type: 'signIn', username: 'nina', password: 'nina-password' })).ok,
    ).toBe(true);
  });

  it('D7: the lock doubles at each failure past the fifth and a success forgives', async () => {
    const { system, clock } = await clinic();
    const guess = () => system.execute({ type: 'signIn', username: 'pat', password: 'wrong-pass' });
    for (let i = 0; i < 5; i++) {
      clock.advance(12_000);
      expect(await guess()).toMatchObject({ error: { code: 'invalid_credentials' } });
    }
    const locks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const locked = await guess();
      if (!locked.ok && locked.error.code === 'account_locked')
        locks.push(locked.error.retryAfterMs);
      clock.advance(Math.max(12_000, locks.at(-1) ?? 0));
      expect(await guess()).toMatchObject({ error: { code: 'invalid_credentials' } });
    }
    expect(locks).toEqual([1000, 2000, 4000]);
    clock.advance(60_000);
    expect(
      (await system.execute({ type: 'signIn', username: 'pat', password: 'pat-password' })).ok,
    ).toBe(true);
    clock.advance(12_000);
    expect(await guess()).toMatchObject({ error: { code: 'invalid_credentials' } });
    expect(await guess()).toMatchObject({ error: { code: 'invalid_credentials' } });
  });
});

describe('a flood from one address does not starve the others', () => {
  it('D5: one address holds one of the two hash slots at most, so a sign-in from another starts at once', async () => {
    const started: string[] = [];
    const pending: Array<() => void> = [];
    const slow: PasswordHasher = {
      hash: SCRYPT_PASSWORDS.hash,
      verify: async (given, stored) => {
        started.push(given);
        await new Promise<void>((resolve) => pending.push(resolve));
        return SCRYPT_PASSWORDS.verify(given, stored);
      },
    };
    const system = createSystem({
      seed: 9,
      config: { passwordCost: COST },
      bootstrapToken: TOKEN,
      passwords: slow,
    });
    const admin = { username: 'admin', password: 'admin-password' };
    await system.execute({
      type: 'bootstrapAdmin',
      ...admin,
      displayName: 'A',
      bootstrapToken: TOKEN,
    });
    const flood = Array.from({ length: 10 }, (_, i) =>
      system.executeUnknown(
        { type: 'signIn', username: `nobody${i}`, password: `flood-${i}-password` },
        { peer: '203.0.113.9' },
      ),
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(started).toHaveLength(1);
    const real = system.execute({ type: 'signIn', ...admin }, { peer: '198.51.100.7' });
    await settle();
    expect(started).toHaveLength(2);
    expect(started.at(-1)).toBe(admin.password);
    const third = system.executeUnknown(
      { type: 'signIn', username: 'nobody-else', password: 'third-password' },
      { peer: '192.0.2.44' },
    );
    await settle();
    expect(started).toHaveLength(2);
    pending.shift()!();
    await settle();
    expect(started.at(-1)).toBe('third-password');
    while (pending.length > 0) {
      pending.shift()!();
      await settle();
    }
    expect((await real).ok).toBe(true);
    await Promise.all([...flood, third]);
    expect(started).toHaveLength(12);
  });
});
