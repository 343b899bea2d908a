import { scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost parameters. The default is OWASP's minimum for scrypt (N = 2^17, r = 8: 128 MiB
 * a hash); tests pass a tiny N so that a run can sign in hundreds of users per second.
 */
export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/** What hashes and checks passwords: a port, so a test can count the hashes a request cost. */
export interface PasswordHasher {
  hash(password: string, salt: string, cost: PasswordCost): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

/** scrypt, as below. */
export const SCRYPT_PASSWORDS: PasswordHasher = {
  hash: (password, salt, cost) => hashPassword(password, salt, cost),
  verify: (password, stored) => verifyPassword(password, stored),
};

/** The production cost. */
export const DEFAULT_PASSWORD_COST: PasswordCost = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 32;

/**
 * Hashes a password with a salt into `scrypt$N$r$p$salt$hash` (hex). Asynchronous, so a
 * production-cost hash does not stall every other request.
 */
export async function hashPassword(
  password: string,
  salt: string,
  cost: PasswordCost,
): Promise<string> {
  const key = await derive(password, salt, KEY_LENGTH, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt}$${key.toString('hex')}`;
}

/** Checks a password against a stored hash, in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hex] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hex) return false;
  const expected = Buffer.from(hex, 'hex');
  const actual = await derive(password, salt, expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

function derive(
  password: string,
  salt: string,
  length: number,
  cost: PasswordCost,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, { ...cost, maxmem: 256 * cost.N * cost.r }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}
