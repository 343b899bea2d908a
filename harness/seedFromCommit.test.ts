import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readCommit } from './readCommit.js';
import { seedFromCommit } from './seedFromCommit.js';

const A = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const B = 'ffffffff00000000000000000000000000000000';

test('the seed is the first 31 bits of the commit: same commit, same seed', () => {
  expect(seedFromCommit(A)).toBe(0x21b2c3d4);
  expect(seedFromCommit(A)).toBe(seedFromCommit(A.toUpperCase()));
  expect(seedFromCommit(B)).toBe(0x7fffffff);
  expect(() => seedFromCommit('main')).toThrow(/not a commit hash/);
});

const root = mkdtempSync(join(tmpdir(), 'medassist-commit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function repo(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

test('reads the commit from .git without git: loose ref, packed ref, detached head', () => {
  const loose = repo('loose', {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/refs/heads/main': `${A}\n`,
  });
  mkdirSync(join(loose, 'sub', 'dir'), { recursive: true });
  expect(readCommit(join(loose, 'sub', 'dir'), {})).toBe(A);
  const packed = repo('packed', {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/packed-refs': `# pack-refs with: peeled\n${B} refs/heads/main\n`,
  });
  expect(readCommit(packed, {})).toBe(B);
  expect(readCommit(repo('detached', { '.git/HEAD': `${A}\n` }), {})).toBe(A);
});

test("prefers the CI's variable, and says null outside a checkout", () => {
  const loose = join(root, 'loose');
  expect(readCommit(loose, { GITHUB_SHA: B })).toBe(B);
  expect(readCommit(loose, { GITHUB_SHA: 'not-a-sha' })).toBe(A);
  expect(readCommit(repo('none', { 'README.md': '' }), {})).toBe(
    // Why not null outright: the temporary folder may itself sit inside some checkout.
    readCommit(tmpdir(), {}),
  );
});
