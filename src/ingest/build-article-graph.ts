import { createHash } from 'node:crypto';
import type { LoadedArticle } from './load-article-file';
import { segmentSentences, sentencesOverlapping, type SentenceSpan } from './segment-sentences';

/** Rows ready for batched UNWIND writes; every fact carries its evidence. */
export interface ArticleGraph {
  article: {
    id: string;
    title: string;
    url: string | null;
    sourceName: string;
    sourceUrl: string | null;
    publishedOn: string;
    language: string;
    text: string;
    contentHash: string;
    publisherId: string | null;
  };
  sentences: { id: string; index: number; start: number; end: number; text: string }[];
  entities: { id: string; kind: string; name: string; aliases: string[]; description: string | null }[];
  mentions: { entityId: string; sentenceId: string; start: number; end: number; text: string }[];
  /** Facts between entities, and ABOUT facts from a quote (`fromQuote`) to an entity. */
  facts: {
    id: string;
    type: string;
    from: string;
    fromQuote: boolean;
    to: string;
    articleId: string;
    sentenceId: string;
    start: number;
    end: number;
    text: string;
    /** HOLDS_ROLE only: the position, and the date it is stated for. */
    title: string | null;
    asOf: string | null;
  }[];
  quotes: {
    id: string;
    text: string;
    start: number;
    end: number;
    speakerId: string;
    reportedById: string | null;
    sentenceIds: string[];
  }[];
}

/** Derives the graph's rows from a validated article: sentences, mentions, facts and quotes. */
export function buildArticleGraph(loaded: LoadedArticle): ArticleGraph {
  const { data, text } = loaded;
  const articleId = data.article.id;
  const sentences = segmentSentences(text, data.article.language);
  const sentenceId = (sentence: SentenceSpan) => `${articleId}#s${sentence.index}`;
  const firstSentenceId = (start: number, end: number) => {
    const [first] = sentencesOverlapping(sentences, start, end);
    // Validation guarantees the span lies inside the text, so a sentence always overlaps it.
    return first ? sentenceId(first) : `${articleId}#s0`;
  };
  const evidence = (start: number, end: number, quoted: string) => ({
    articleId,
    sentenceId: firstSentenceId(start, end),
    start,
    end,
    text: quoted,
  });

  const facts: ArticleGraph['facts'] = data.relationships.map((relationship) => ({
    id: factId(articleId, relationship.type, relationship.from, relationship.to, relationship.evidence),
    type: relationship.type,
    from: relationship.from,
    fromQuote: false,
    to: relationship.to,
    ...evidence(relationship.evidence.start, relationship.evidence.end, relationship.evidence.text),
    title: relationship.title ?? null,
    asOf: relationship.title ? data.article.publishedOn : null,
  }));
  // Quote ids are unique within their article file; the article's id makes them unique in the graph.
  const quoteNodeId = (id: string) => `quote:${articleId}/${id.slice('quote:'.length)}`;
  for (const quote of data.quotes) {
    for (const about of quote.about) {
      facts.push({
        id: factId(articleId, 'ABOUT', quote.id, about, quote),
        type: 'ABOUT',
        from: quoteNodeId(quote.id),
        fromQuote: true,
        to: about,
        ...evidence(quote.start, quote.end, quote.text),
        title: null,
        asOf: null,
      });
    }
  }

  return {
    article: {
      id: articleId,
      title: data.article.title,
      url: data.article.url ?? null,
      sourceName: data.article.source.name,
      sourceUrl: data.article.source.url ?? null,
      publishedOn: data.article.publishedOn,
      language: data.article.language,
      text,
      contentHash: createHash('sha256').update(loaded.source).digest('hex'),
      publisherId: data.article.publisher ?? null,
    },
    sentences: sentences.map((sentence) => ({
      id: sentenceId(sentence),
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
    })),
    entities: data.entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      description: entity.description ?? null,
    })),
    mentions: data.entities.flatMap((entity) =>
      entity.mentions.map((mention) => ({
        entityId: entity.id,
        sentenceId: firstSentenceId(mention.start, mention.end),
        ...mention,
      })),
    ),
    facts,
    quotes: data.quotes.map((quote) => ({
      id: quoteNodeId(quote.id),
      text: quote.text,
      start: quote.start,
      end: quote.end,
      speakerId: quote.speaker,
      reportedById: quote.reportedBy ?? null,
      sentenceIds: sentencesOverlapping(sentences, quote.start, quote.end).map(sentenceId),
    })),
  };
}

/** A fact's id: the same article, type, ends and evidence always give the same id. */
function factId(
  articleId: string,
  type: string,
  from: string,
  to: string,
  span: { start: number; end: number },
): string {
  const key = [articleId, type, from, to, span.start, span.end].join('|');
  return `fact:${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
