import pino, { type Logger } from 'pino';

/**
 * JSON logs for machines (production, pipes); readable lines when a person watches a terminal.
 */
export function createLogger(level: string, production: boolean): Logger {
  const pretty = !production && process.stdout.isTTY;
  return pino({
    level,
    base: undefined,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' },
          },
        }
      : {}),
  });
}
