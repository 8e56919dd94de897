// Structured logs (pino): JSON lines, one per request with its id and duration.
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'explorer' } });
}
