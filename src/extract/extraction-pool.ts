import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import type { SourceItem } from '../sources';
import type { TextAnalysis } from './analyze-text';
import { articleInput } from './article-input';
import type { AnalysisReply, AnalysisTask } from './extract-worker';
import { ExtractionDeadline } from './extraction-deadline';

// The worker is this folder's extract-worker: JavaScript once built (dist/), TypeScript under tsx
// (npm run ingest) and in tests, where the worker registers tsx's CommonJS loader first.
const WORKER_FILE = path.join(__dirname, `extract-worker${path.extname(__filename)}`);

function startWorker(): Worker {
  if (!WORKER_FILE.endsWith('.ts')) return new Worker(WORKER_FILE);
  const loader = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(loader)}).register(); require(${JSON.stringify(WORKER_FILE)});`, {
    eval: true,
  });
}

interface Task {
  message: AnalysisTask;
  origin: string;
  budgetMs: number;
  resolve: (analysis: TextAnalysis) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * Worker threads that analyse articles' texts (analyze-text.ts: the tagger and the dates, most of
 * an article's extraction time) in parallel, while the run links earlier articles to the graph on
 * the main thread. A text whose analysis outlasts the article's time budget has its worker
 * stopped and replaced, and fails with SOURCE_EXTRACTION_TOO_SLOW as in-thread extraction does.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.startSlot());
  }

  /** The analysis of one article's text, on the first free worker. */
  analyze(input: { text: string; publishedOn: string; origin: string }, budgetMs: number): Promise<TextAnalysis> {
    if (this.closed) return Promise.reject(new Error('The extraction pool is closed'));
    return new Promise((resolve, reject) => {
      const message: AnalysisTask = { id: (this.nextId += 1), text: input.text, publishedOn: input.publishedOn };
      this.queue.push({ message, origin: input.origin, budgetMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; texts still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The extraction pool was closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        clearTimeout(slot.timer);
        await slot.worker.terminate();
      }),
    );
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: startWorker() };
    slot.worker.on('message', (reply: AnalysisReply) => this.finish(slot, reply));
    slot.worker.on('error', (error) => this.fail(slot, error));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      const started = performance.now();
      // A worker busy past the budget is stuck in one step: stop it rather than wait.
      slot.timer = setTimeout(() => {
        const elapsedMs = performance.now() - started;
        this.replace(slot);
        task.reject(overBudget(task, elapsedMs));
      }, task.budgetMs + 1);
      slot.worker.postMessage(task.message);
    }
  }

  private finish(slot: Slot, reply: AnalysisReply): void {
    const task = slot.task;
    if (!task || task.message.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if ('analysis' in reply) task.resolve(reply.analysis);
    else task.reject(rebuiltError(reply.error));
    this.dispatch();
  }

  /** A worker that died (out of memory, a crash in a library) fails its text as a bug would, and is replaced. */
  private fail(slot: Slot, error: Error): void {
    const task = slot.task;
    this.replace(slot);
    task?.reject(error);
  }

  private replace(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    this.slots[index] = this.startSlot();
    this.dispatch();
  }
}

/**
 * The inputs with their texts' analyses started ahead on the pool, up to two per worker beyond
 * the article being linked and written, so that the workers tag the next articles meanwhile.
 * Without a pool, no analysis: extraction makes it in this thread. An input that cannot be
 * extracted (unread, too long, no date) gets none either: extracting it in order reports its
 * error as before. The caller awaits each analysis in order.
 */
export function* analysesAhead(
  items: Iterable<SourceItem>,
  pool: ExtractionPool | undefined,
  options: { publishedOn?: string; budgetMs: number },
): Generator<{ item: SourceItem; analysis?: Promise<TextAnalysis> }> {
  if (!pool) {
    for (const item of items) yield { item };
    return;
  }
  const ahead = 2 * pool.size;
  const waiting: { item: SourceItem; analysis?: Promise<TextAnalysis> }[] = [];
  const start = (item: SourceItem) => {
    if (!item.ok) return { item };
    let input;
    try {
      input = articleInput(item.article, options.publishedOn);
    } catch {
      return { item };
    }
    const analysis = pool.analyze(input, options.budgetMs);
    // Rejections are read when the article's turn comes; until then they are not unhandled.
    analysis.catch(() => undefined);
    return { item, analysis };
  };
  for (const item of items) {
    waiting.push(start(item));
    if (waiting.length > ahead) yield waiting.shift()!;
  }
  yield* waiting;
}

function rebuiltError(error: { code?: AppError['code']; message: string; stack?: string }): Error {
  if (error.code) return new AppError(error.code, error.message);
  const rebuilt = new Error(`Extraction failed on a worker thread: ${error.message}`);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/** The same error, code and words as an article stopped in-thread. */
function overBudget(task: Task, elapsedMs: number): Error {
  try {
    new ExtractionDeadline(task.origin, task.budgetMs, () => elapsedMs, elapsedMs).check(
      'tagging parts of speech and finding dates',
    );
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  return new Error(`Invariant violated: ${elapsedMs} ms passed a budget of ${task.budgetMs} ms`);
}
