/** The store cannot take a write now (disk full, I/O error, locked): the command may be retried. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
}

// Why a list: these SQLite result codes mean the infrastructure failed, not the command; every
// other error is a bug and must surface as one.
const UNAVAILABLE_CODES = /^SQLITE_(IOERR|FULL|BUSY|LOCKED|CANTOPEN|READONLY|PROTOCOL|NOLFS)/;

/** Whether an error thrown by a store means "unavailable, retry later" rather than a bug. */
export function isStoreUnavailable(e: unknown): boolean {
  if (e instanceof StoreUnavailable) return true;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.test(code);
}
