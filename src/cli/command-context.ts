import type { Logger } from 'pino';
import { loadConfig, loadDotEnv, type AppConfig } from '../config';
import { createLogger } from '../logger';

/** What every command starts with: the project's .env, the validated configuration, a logger. */
export function loadCommandContext(): { config: AppConfig; logger: Logger } {
  loadDotEnv();
  const config = loadConfig();
  return { config, logger: createLogger(config.logLevel, { terminal: process.stdout.isTTY === true }) };
}
