import { createHash } from 'node:crypto';
import type {
  ArticleClaim,
  ArticleEntity,
  ArticleFile,
  ArticleQuote,
  DateSpec,
  Span,
} from '../../src/vocabulary/article-file-schema';
import type { LoadedArticle } from '../../src/ingest/load-article-file';
import type { RelationshipType } from '../../src/vocabulary/relationship-types';
import type { PoolEntity } from './entity-pool';

type Relationship = ArticleFile['relationships'][number];

/** The entity fields an article file may carry; pool entities hold more (a person's role). */
const FILE_FIELDS = [
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'organizationType',
  'placeType',
  'documentType',
  'number',
  'eventType',
  'status',
] as const;

/**
 * Writes an article's text and its article file together: every span is taken from the text as
 * it is written, so offsets and words always agree (checkArticleFile accepts the result).
 */
export class ArticleBuilder {
  private text = '';
  private readonly entities = new Map<string, ArticleEntity>();
  private readonly relationships: Relationship[] = [];
  private readonly claims: ArticleClaim[] = [];
  private readonly quotes: ArticleQuote[] = [];

  /** Appends words and returns their span. */
  write(words: string): Span {
    const start = this.text.length;
    this.text += words;
    return { start, end: this.text.length, text: words };
  }

  /** Appends the words that name an entity (its name unless told), and records the mention. */
  name(entity: PoolEntity, words = entity.name): Span {
    const span = this.write(words);
    this.entry(entity).mentions.push(span);
    return span;
  }

  /** Starts a span here; calling the result closes it at the current end of the text. */
  mark(): () => Span {
    const start = this.text.length;
    return () => ({ start, end: this.text.length, text: this.text.slice(start) });
  }

  endSentence(): void {
    this.text += '. ';
  }

  /** A paragraph ends with a line break, which also ends its last sentence. */
  endParagraph(): void {
    this.text = `${this.text.trimEnd()}\n`;
  }

  fact(
    type: RelationshipType,
    from: PoolEntity,
    to: PoolEntity,
    evidence: Span,
    qualifiers: Pick<Relationship, 'title' | 'role' | 'claim'> = {},
  ): void {
    this.relationships.push({ type, from: from.id, to: to.id, evidence, ...withoutUndefined(qualifiers) });
  }

  /** Adds a claim (its id numbered within the article) and returns its id. */
  claim(claim: Omit<ArticleClaim, 'id'>): string {
    const id = `claim:c${this.claims.length + 1}`;
    this.claims.push({ id, ...claim });
    return id;
  }

  quote(quote: Omit<ArticleQuote, 'id'>): void {
    this.quotes.push({ id: `quote:q${this.quotes.length + 1}`, ...quote });
  }

  date(entity: PoolEntity, date: DateSpec): void {
    this.entry(entity).date = date;
  }

  build(article: Omit<ArticleFile['article'], 'textFile'>): LoadedArticle {
    const text = this.text.trimEnd() + '\n';
    const data: ArticleFile = {
      article: { ...article, textFile: `${article.id}.txt` },
      entities: [...this.entities.values()],
      relationships: this.relationships,
      claims: this.claims,
      quotes: this.quotes,
    };
    // The real pipeline hashes the file's raw bytes; a generated article hashes its data instead.
    const source = `${JSON.stringify(data)}\u0000${text}`;
    return { data, text, source: createHash('sha256').update(source).digest('hex') };
  }

  private entry(entity: PoolEntity): ArticleEntity {
    let entry = this.entities.get(entity.id);
    if (!entry) {
      const fields = Object.fromEntries(
        FILE_FIELDS.filter((field) => entity[field] !== undefined).map((field) => [field, entity[field]]),
      );
      entry = { ...(fields as unknown as Omit<ArticleEntity, 'mentions'>), mentions: [] };
      this.entities.set(entity.id, entry);
    }
    return entry;
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
