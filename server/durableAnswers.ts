import type { System } from '../system/index.js';
import type { CommitListener } from './commitSignal.js';
import type { GroupCommit } from './walGroupCommit.js';

/**
 * A system whose command answers wait until their transaction is on disk under group commit,
 * so that nothing is acknowledged before it is durable. Reads that are not commands pass
 * through unchanged.
 */
export function durableAnswers(system: System, group: GroupCommit): System {
  const executeUnknown: System['executeUnknown'] = async (command, source) => {
    const answer = await system.executeUnknown(command, source);
    await group.durable();
    return answer;
  };
  return {
    ...system,
    execute: executeUnknown as System['execute'],
    executeUnknown,
    tick: async () => {
      const answer = await system.tick();
      await group.durable();
      return answer;
    },
  };
}

/**
 * A commit listener that hears of a commit only once it is on disk under group commit.
 * WARNING: a listener that then reads the outbox may also read later commits not yet on disk.
 */
export function afterDurable(
  group: GroupCommit,
  listener: CommitListener,
  onError: (error: unknown) => void,
): CommitListener {
  return (recipients) => {
    group.durable().then(() => listener(recipients), onError);
  };
}
