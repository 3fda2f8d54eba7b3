import type { LevelWithSilent } from 'pino';
import type { LogLevel } from '../config';

/** LOG_LEVEL keeps Nest's names; pino calls `log` info and `verbose` trace. */
export const PINO_LEVEL: Readonly<Record<LogLevel, LevelWithSilent>> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};
