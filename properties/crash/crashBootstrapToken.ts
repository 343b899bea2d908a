/** The bootstrap token of the crash child's system, which its parent creates the admin with. */
export const CRASH_BOOTSTRAP_TOKEN = 'crash-bootstrap-token';
