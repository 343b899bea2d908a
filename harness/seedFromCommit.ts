/**
 * The seed CI runs with: the first 31 bits of the commit hash. Why: the same commit always
 * runs the same traces (a red build reruns red), and each new commit explores new ones.
 */
export function seedFromCommit(commit: string): number {
  if (!/^[0-9a-f]{8,}$/i.test(commit)) throw new Error(`not a commit hash: "${commit}"`);
  return Number.parseInt(commit.slice(0, 8), 16) & 0x7fffffff;
}
