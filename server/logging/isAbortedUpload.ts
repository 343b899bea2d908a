/**
 * Whether an error is a client that went away while its request body was being read: an
 * everyday event (a closed tab, a lost signal), not a fault of the server.
 */
export function isAbortedUpload(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.message === 'aborted' || code === 'ECONNRESET' || code === 'ECONNABORTED';
}
