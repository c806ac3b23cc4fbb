import { AppError } from '../errors';

/** How long extracting one article may take unless configured (EXTRACTION_TIME_BUDGET_MS). */
export const DEFAULT_EXTRACTION_BUDGET_MS = 30_000;

/**
 * The time one article's extraction may take. The extractor checks it between its steps, each of
 * which grows about linearly with the text, so an article that would run for minutes is stopped
 * within one step of its budget and reported, and the run goes on with the next article.
 */
export class ExtractionDeadline {
  private readonly startedAt: number;

  constructor(
    private readonly origin: string,
    private readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
    /** Time the article's extraction already took elsewhere (its text analysed on a worker thread). */
    alreadySpentMs = 0,
  ) {
    this.startedAt = now() - alreadySpentMs;
  }

  /** Throws SOURCE_EXTRACTION_TOO_SLOW once the budget is spent; `step` says where it was. */
  check(step: string): void {
    const elapsed = this.now() - this.startedAt;
    if (elapsed <= this.budgetMs) return;
    throw new AppError(
      'SOURCE_EXTRACTION_TOO_SLOW',
      `${this.origin}: extracting this article took over its time budget of ${this.budgetMs.toLocaleString('en')} ms ` +
        `(${Math.round(elapsed).toLocaleString('en')} ms when ${step}); nothing of it was written. An ordinary ` +
        'article takes well under a second: split a long text into its articles, or if it really is one article ' +
        'raise the budget with the environment variable EXTRACTION_TIME_BUDGET_MS (in milliseconds).',
    );
  }
}
