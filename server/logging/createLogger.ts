import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * The server's logger: one JSON object a line, level as a word, ISO time, no host or pid (a
 * container names them). `destination` defaults to stdout; tests pass a collecting stream.
 * WARNING: a field logged is kept wherever the logs go; never log a body, a header or a
 * query, which may carry a patient's words or a token.
 */
export function createLogger(destination?: DestinationStream, level = 'info'): Logger {
  const options = {
    level,
    base: { service: 'medassist' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
