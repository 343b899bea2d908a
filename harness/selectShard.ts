/** One CI machine's part of the properties: shard `index` of `count`, counting from 1. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The names shard `index`/`count` runs: sorted, then dealt round-robin, so every shard gets
 * its share, the shards together run every name once, and the split never depends on the
 * order in which names were registered.
 */
export function selectShard(names: readonly string[], shard: Shard): string[] {
  if (!Number.isInteger(shard.count) || shard.count < 1)
    throw new Error(`shard count must be a whole number from 1, got ${shard.count}`);
  if (!Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.count)
    throw new Error(`shard index must be from 1 to ${shard.count}, got ${shard.index}`);
  return [...new Set(names)].sort().filter((_, i) => i % shard.count === shard.index - 1);
}
