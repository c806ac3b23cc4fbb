import { createHash } from 'node:crypto';
import {
  datePrecision,
  firstDay,
  type ArticleClaim,
  type ArticleEntity,
  type ArticleQuote,
  type DateSpec,
  type Span,
} from '../vocabulary/article-file-schema';
import type { LoadedArticle } from '../vocabulary/loaded-article';
import { articleIdentity } from '../vocabulary/article-identity';
import { segmentSentences, sentencesOverlapping, type SentenceSpan } from '../vocabulary/segment-sentences';

/** The labels a fact can start or end at; each has a unique `id`. */
export type FactEndLabel = 'Entity' | 'Claim' | 'Quote';

export interface FactRow {
  id: string;
  type: string;
  fromLabel: FactEndLabel;
  from: string;
  toLabel: FactEndLabel;
  to: string;
  articleId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
  /** HOLDS_ROLE only: the position, and the date it is stated for. */
  title: string | null;
  asOf: string | null;
  /** A participant's part, an outcome's kind. */
  role: string | null;
  /** The claim a fact is known through (reported speech). */
  claimId: string | null;
  /** Found by the extractor rather than curated, and how sure it is (1 for curated facts). */
  extracted: boolean;
  confidence: number;
}

/** A node's evidence inside one sentence (a span over two sentences gives two rows). */
export interface NodeEvidenceRow {
  label: FactEndLabel;
  nodeId: string;
  aspect: 'claim' | 'quote' | 'date' | 'content';
  sentenceId: string;
  start: number;
  end: number;
  text: string;
}

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
    /** What identifies the article (article-identity.ts): its normalized URL, or its content. */
    identity: string;
    extracted: boolean;
    publisherId: string | null;
  };
  sentences: { id: string; index: number; start: number; end: number; text: string }[];
  entities: {
    id: string;
    kind: string;
    name: string;
    aliases: string[];
    description: string | null;
    /** Kind-specific details (event type, date precision, a tweet's handle); no nulls. */
    properties: Record<string, string | boolean>;
    /** The first day of the entity's date (an event's, a document's), or null. */
    date: string | null;
  }[];
  mentions: {
    entityId: string;
    sentenceId: string;
    start: number;
    end: number;
    text: string;
    extracted: boolean;
    confidence: number;
    /** Why the extractor took these words for this entity; null for curated mentions. */
    reason: string | null;
  }[];
  claims: { id: string; text: string; extracted: boolean; confidence: number }[];
  quotes: {
    id: string;
    text: string;
    start: number;
    end: number;
    attributed: boolean;
    extracted: boolean;
    confidence: number;
  }[];
  facts: FactRow[];
  nodeEvidence: NodeEvidenceRow[];
  /** Doubts resolution left open: this article's entity may be the candidate already known. */
  possibleMatches: { entityId: string; candidateId: string; score: number; reason: string }[];
}

/**
 * Changes when the rows an article gives change shape (v2: extracted and confidence on every
 * fact), so that re-ingesting an unchanged file rewrites what an older version wrote.
 */
const GRAPH_SHAPE_VERSION = 'v2';

/** Derives the graph's rows from a validated article: sentences, mentions, facts, claims and quotes. */
export function buildArticleGraph(loaded: LoadedArticle): ArticleGraph {
  const { data, text } = loaded;
  const articleId = data.article.id;
  const extracted = data.article.extracted;
  const sentences = segmentSentences(text, data.article.language);
  const sentenceId = (sentence: SentenceSpan) => `${articleId}#s${sentence.index}`;
  const firstSentenceId = (span: { start: number; end: number }) => {
    const [first] = sentencesOverlapping(sentences, span.start, span.end);
    // Validation guarantees the span lies inside the text, so a sentence always overlaps it.
    return first ? sentenceId(first) : `${articleId}#s0`;
  };
  // Claim and quote ids are unique within their article file; the article's id makes them unique in the graph.
  const claimNodeId = (id: string) => `claim:${articleId}/${id.slice('claim:'.length)}`;
  const quoteNodeId = (id: string) => `quote:${articleId}/${id.slice('quote:'.length)}`;

  const facts: FactRow[] = [];
  const addFact = (
    type: string,
    from: [FactEndLabel, string],
    to: [FactEndLabel, string],
    evidence: Span,
    qualifiers: Partial<Pick<FactRow, 'title' | 'asOf' | 'role' | 'claimId' | 'confidence'>> = {},
  ) => {
    facts.push({
      id: factId(articleId, type, from[1], to[1], evidence),
      type,
      fromLabel: from[0],
      from: from[1],
      toLabel: to[0],
      to: to[1],
      articleId,
      sentenceId: firstSentenceId(evidence),
      start: evidence.start,
      end: evidence.end,
      text: evidence.text,
      title: qualifiers.title ?? null,
      asOf: qualifiers.asOf ?? null,
      role: qualifiers.role ?? null,
      claimId: qualifiers.claimId ?? null,
      extracted,
      confidence: qualifiers.confidence ?? 1,
    });
  };

  const nodeEvidence: NodeEvidenceRow[] = [];
  const addNodeEvidence = (label: FactEndLabel, nodeId: string, aspect: NodeEvidenceRow['aspect'], span: Span) => {
    for (const sentence of sentencesOverlapping(sentences, span.start, span.end)) {
      const start = Math.max(span.start, sentence.start);
      const end = Math.min(span.end, sentence.end);
      if (end <= start) continue;
      nodeEvidence.push({
        label,
        nodeId,
        aspect,
        sentenceId: sentenceId(sentence),
        start,
        end,
        text: text.slice(start, end),
      });
    }
  };

  for (const relationship of data.relationships) {
    addFact(relationship.type, ['Entity', relationship.from], ['Entity', relationship.to], relationship.evidence, {
      title: relationship.title,
      asOf: relationship.title ? data.article.publishedOn : undefined,
      role: relationship.role,
      claimId: relationship.claim ? claimNodeId(relationship.claim) : undefined,
      confidence: relationship.confidence,
    });
  }
  for (const entity of data.entities) {
    if (entity.date) addNodeEvidence('Entity', entity.id, 'date', entity.date.evidence);
    if (entity.content) addNodeEvidence('Entity', entity.id, 'content', entity.content);
  }
  for (const claim of data.claims) addClaim(claim);
  for (const quote of data.quotes) addQuote(quote);

  function addClaim(claim: ArticleClaim) {
    const id = claimNodeId(claim.id);
    const [primary] = claim.evidence as [Span, ...Span[]];
    const sure = { confidence: claim.confidence };
    for (const span of claim.evidence) addNodeEvidence('Claim', id, 'claim', span);
    for (const who of claim.assertedBy) addFact('ASSERTED', ['Entity', who], ['Claim', id], primary, sure);
    for (const who of claim.agreedBy) addFact('AGREED_TO', ['Entity', who], ['Claim', id], primary, sure);
    if (claim.statedIn) addFact('STATED_IN', ['Claim', id], ['Entity', claim.statedIn], primary, sure);
    if (claim.statedAt) addFact('STATED_AT', ['Claim', id], ['Entity', claim.statedAt], primary, sure);
    for (const who of claim.reportedBy) addFact('REPORTED_BY', ['Claim', id], ['Entity', who], primary, sure);
    for (const what of claim.about) addFact('ABOUT', ['Claim', id], ['Entity', what], primary, sure);
  }

  function addQuote(quote: ArticleQuote) {
    const id = quoteNodeId(quote.id);
    const span: Span = { start: quote.start, end: quote.end, text: quote.text };
    const sure = { confidence: quote.confidence };
    addNodeEvidence('Quote', id, 'quote', span);
    if (quote.speaker) addFact('SAID', ['Entity', quote.speaker], ['Quote', id], quote.attribution ?? span, sure);
    if (quote.reportedBy) addFact('REPORTED_BY', ['Quote', id], ['Entity', quote.reportedBy], span, sure);
    if (quote.saidAt) addFact('STATED_AT', ['Quote', id], ['Entity', quote.saidAt], quote.attribution ?? span, sure);
    for (const what of quote.about) addFact('ABOUT', ['Quote', id], ['Entity', what], span, sure);
    for (const claim of quote.expresses) {
      addFact('EXPRESSES', ['Quote', id], ['Claim', claimNodeId(claim)], span, sure);
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
      contentHash: createHash('sha256').update(`${GRAPH_SHAPE_VERSION}\u0000${loaded.source}`).digest('hex'),
      identity: articleIdentity({
        url: data.article.url,
        sourceName: data.article.source.name,
        publishedOn: data.article.publishedOn,
        text,
      }),
      extracted,
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
      properties: entityProperties(entity),
      date: entity.date ? firstDay(entity.date.value) : null,
    })),
    mentions: data.entities.flatMap((entity) =>
      entity.mentions.map(({ start, end, text: words, confidence, reason }) => ({
        entityId: entity.id,
        sentenceId: firstSentenceId({ start, end }),
        start,
        end,
        text: words,
        extracted,
        confidence: confidence ?? 1,
        reason: reason ?? null,
      })),
    ),
    claims: data.claims.map((claim) => ({
      id: claimNodeId(claim.id),
      text: claim.text,
      extracted,
      confidence: claim.confidence ?? 1,
    })),
    quotes: data.quotes.map((quote) => ({
      id: quoteNodeId(quote.id),
      text: quote.text,
      start: quote.start,
      end: quote.end,
      attributed: quote.speaker !== null,
      extracted,
      confidence: quote.confidence ?? 1,
    })),
    facts,
    nodeEvidence,
    possibleMatches: (data.possibleMatches ?? []).map(({ entity, candidate, score, reason }) => ({
      entityId: entity,
      candidateId: candidate,
      score,
      reason,
    })),
  };
}

function entityProperties(entity: ArticleEntity): Record<string, string | boolean> {
  const properties: Record<string, string | boolean | undefined> = {
    organizationType: entity.organizationType,
    placeType: entity.placeType,
    documentType: entity.documentType,
    number: entity.number,
    handle: entity.handle,
    content: entity.content?.text,
    eventType: entity.eventType,
    status: entity.kind === 'Event' ? (entity.status ?? 'HELD') : undefined,
    ...(entity.date ? dateProperties(entity.date) : {}),
  };
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | boolean
  >;
}

function dateProperties(date: DateSpec): Record<string, string | boolean | undefined> {
  return {
    dateValue: date.value,
    datePrecision: datePrecision(date.value),
    dateInferred: date.inferred,
    dateBasis: date.basis,
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
