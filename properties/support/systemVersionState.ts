/** The system's state name for a deployment-machine state (`canary.w25` is `canary`). */
export const systemVersionState = (state: string): string =>
  state.startsWith('canary') ? 'canary' : state === 'rolledBack' ? 'rolled_back' : state;
