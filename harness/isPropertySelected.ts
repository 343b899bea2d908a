import type { PropsOptions } from './PropsOptions.js';
import { selectShard } from './selectShard.js';

/**
 * Whether a property runs under the options: its name contains `--property`, it is in this
 * machine's shard of `allNames`, and, when replaying, it is the property the log names
 * (`replayed`, read from the log by the caller).
 */
export function isPropertySelected(
  name: string,
  options: PropsOptions,
  allNames: readonly string[],
  replayed?: string | null,
): boolean {
  if (options.property !== undefined && !name.includes(options.property)) return false;
  if (options.replay !== undefined) return replayed === name;
  if (options.shard && !selectShard([...allNames, name], options.shard).includes(name))
    return false;
  return true;
}
