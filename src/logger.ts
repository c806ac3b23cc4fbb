import pino, { type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';

export interface LoggerOutput {
  /** A person watches it (a terminal): readable lines. Otherwise JSON lines, for machines. */
  terminal: boolean;
  /** Where lines go; standard output by default. */
  destination?: DestinationStream;
}

/**
 * JSON lines for machines (log collectors, pipes, files); readable lines when a person watches a
 * terminal, in production too. The readable lines are written synchronously, in the main thread,
 * so that they come in order with what a command prints itself (npm start's banner).
 */
export function createLogger(level: string, output: LoggerOutput): Logger {
  const destination = output.destination ?? pino.destination({ fd: 1, sync: true });
  return pino(
    { level, base: undefined },
    output.terminal
      ? PinoPretty({
          colorize: output.destination === undefined,
          ignore: 'pid,hostname',
          translateTime: 'HH:MM:ss',
          sync: true,
          destination,
        })
      : destination,
  );
}
