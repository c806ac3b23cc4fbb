import { MultiBar, Presets } from 'cli-progress';

export interface IngestProgress {
  /** One article written: its line, and the bar moves on. */
  written(line: string, articleId: string): void;
  stop(): void;
}

/**
 * Progress of a long ingest: on a terminal, a bar (count, time left, the last article) with each
 * article's line printed above it; elsewhere (a pipe, a CI log) just the lines, one per article.
 */
export function ingestProgress(total: number, stream: NodeJS.WriteStream = process.stdout): IngestProgress {
  if (!stream.isTTY || total < 2) {
    return { written: (line) => void stream.write(`${line}\n`), stop: () => undefined };
  }
  const bars = new MultiBar(
    {
      stream,
      format: 'Writing [{bar}] {value}/{total} articles, {eta_formatted} left {articleId}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { articleId: '' });
  return {
    written(line, articleId) {
      bars.log(`${line}\n`);
      bar.increment(1, { articleId });
    },
    stop() {
      // Draws once more first: lines logged since the last redraw would be lost.
      bars.update();
      bars.stop();
    },
  };
}
