import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Variables CI services set to the commit they build, checked before the checkout itself. */
const COMMIT_VARIABLES = ['GITHUB_SHA', 'CI_COMMIT_SHA', 'BUILDKITE_COMMIT', 'GIT_COMMIT'];

/**
 * The commit being tested, or null outside a checkout: from the CI's variable, else read from
 * `.git` directly. Why not `git rev-parse`: a CI image may have the checkout but no git.
 */
export function readCommit(
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  for (const name of COMMIT_VARIABLES) {
    const value = env[name]?.trim();
    if (value && /^[0-9a-f]{40}$/i.test(value)) return value.toLowerCase();
  }
  const gitDir = findGitDir(resolve(cwd));
  if (!gitDir) return null;
  const head = read(join(gitDir, 'HEAD'));
  if (!head) return null;
  if (/^[0-9a-f]{40}$/.test(head)) return head;
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (!ref) return null;
  // Why the common dir: in a linked worktree, branches live in the main repository's .git.
  const common = read(join(gitDir, 'commondir'));
  const dirs = [gitDir, ...(common ? [resolve(gitDir, common)] : [])];
  for (const dir of dirs) {
    const loose = read(join(dir, ref));
    if (loose && /^[0-9a-f]{40}$/.test(loose)) return loose;
    const packed = read(join(dir, 'packed-refs'))
      ?.split('\n')
      .find((line) => line.endsWith(` ${ref}`));
    if (packed) return packed.slice(0, 40);
  }
  return null;
}

function findGitDir(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, '.git');
    if (existsSync(candidate)) {
      if (statSync(candidate).isDirectory()) return candidate;
      const pointer = /^gitdir: (.+)$/m.exec(read(candidate) ?? '')?.[1];
      return pointer ? resolve(dir, pointer.trim()) : null;
    }
    if (dirname(dir) === dir) return null;
  }
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}
