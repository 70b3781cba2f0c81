// --shard i/n: which files this runner checks. A file's shard is a hash of its path as shown (relative
// to the working directory, forward slashes), so every runner of a CI matrix that starts in the
// repository root splits the archive the same way, and a file stays in its shard as others come and go.
import { createHash } from 'node:crypto';
import type { Shard } from './args';

/** The 1-based shard of `displayPath` among `count` shards. */
export function shardOf(displayPath: string, count: number): number {
  const digest = createHash('sha256').update(displayPath).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard<T extends { display: string }>(targets: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...targets];
  return targets.filter((target) => shardOf(target.display, shard.count) === shard.index);
}
