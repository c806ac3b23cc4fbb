import type { SourceArticle, SourceItem } from '../../src/sources';
import { generateCorpus, type CorpusOptions } from '../corpus/generate-corpus';

/**
 * Articles `from` to `to` of the synthetic corpus as plain-text inputs, as `npm run ingest` reads
 * a .txt file: only the text (its first line is the headline), the outlet and the day. What the
 * corpus knows about them (entities, facts, quotes) is dropped, so the extractor finds it again
 * and resolution links it to the graph.
 */
export function rawTexts(options: CorpusOptions, to: number, from: number): SourceItem[] {
  return [...generateCorpus(options, to, from)].map((generated, offset): SourceItem => {
    const article: SourceArticle = {
      origin: `synthetic-${from + offset}.txt`,
      text: generated.text,
      publishedOn: generated.data.article.publishedOn,
      sourceName: generated.data.article.source.name,
      language: 'en',
    };
    return { ok: true, article };
  });
}
