import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { ArticleFileError, ingestLoadedArticle, parseArticleFile } from '../ingest';
import type { Metrics } from '../metrics';
import type { ApiContext } from './request-plugins';

const WRITER_ROLES = ['editor', 'admin'];

const RECORD_INGESTION = `
MATCH (a:Article {id: $articleId})
CREATE (edit:Edit {id: randomUUID(), action: 'INGEST_ARTICLE', by: $by, at: datetime(), details: $details})
CREATE (edit)-[:EDITED]->(a)
RETURN edit.id AS id`;

interface IngestArguments {
  articleFile: string;
  text: string;
}

/**
 * Mutation.ingestArticle: the one write that is not a Cypher statement, so it checks the role
 * itself. @neo4j/graphql wraps every Mutation resolver and puts the verified token's claims in
 * `context.jwt` (only a token it verified gets there; the client cannot set it).
 */
export function ingestArticleResolver(driver: Driver, database: string, metrics?: Metrics) {
  return async (_root: unknown, args: IngestArguments, context: ApiContext) => {
    const by = requireRole(context, WRITER_ROLES);
    let loaded;
    try {
      loaded = parseArticleFile(args.articleFile, args.text, 'articleFile');
    } catch (error) {
      if (!(error instanceof ArticleFileError)) throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: 'ARTICLE_FILE_INVALID', issues: error.issues },
      });
    }
    const result = await ingestLoadedArticle(driver, database, loaded);
    metrics?.ingestedArticles.inc({ outcome: result.outcome });
    const { records } = await driver.executeQuery(
      RECORD_INGESTION,
      { articleId: result.articleId, by, details: JSON.stringify({ outcome: result.outcome, counts: result.counts }) },
      { database },
    );
    const { entities, events, facts, claims, quotes } = result.counts;
    return {
      articleId: result.articleId,
      outcome: result.outcome,
      entities,
      events,
      facts,
      claims,
      quotes,
      editId: records[0]?.get('id') as string,
    };
  };
}

/** The token's subject, once its roles allow the write; the library's messages otherwise. */
function requireRole(context: ApiContext, roles: string[]): string {
  const jwt = context.jwt;
  if (!jwt) throw new GraphQLError('Unauthenticated');
  const granted = Array.isArray(jwt.roles) ? (jwt.roles as unknown[]) : [];
  if (!granted.some((role) => roles.includes(String(role)))) throw new GraphQLError('Forbidden');
  return typeof jwt.sub === 'string' ? jwt.sub : '(no subject)';
}
