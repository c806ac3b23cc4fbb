import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { analyzeText } from './analyze-text';

/** A text to analyse, as the pool sends it. */
export interface AnalysisTask {
  id: number;
  text: string;
  publishedOn: string;
}

/** The answer: the analysis, or the error it threw, as plain data that crosses threads. */
export type AnalysisReply =
  | { id: number; analysis: ReturnType<typeof analyzeText> }
  | { id: number; error: { code?: AppError['code']; message: string; stack?: string } };

// Runs on a worker thread started by extraction-pool.ts: one task at a time, in the order sent.
parentPort?.on('message', (task: AnalysisTask) => {
  let reply: AnalysisReply;
  try {
    reply = { id: task.id, analysis: analyzeText(task.text, task.publishedOn) };
  } catch (error) {
    const thrown = error instanceof Error ? error : new Error(String(error));
    reply = {
      id: task.id,
      error: { code: error instanceof AppError ? error.code : undefined, message: thrown.message, stack: thrown.stack },
    };
  }
  parentPort?.postMessage(reply);
});
