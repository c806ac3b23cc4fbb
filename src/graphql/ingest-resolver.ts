import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors';
import { ingestLoadedArticle, parseArticleFile } from '../ingest';
import { ArticleFileError } from '../vocabulary';
import type { Metrics } from '../metrics';
import type { ApiContext } from './request-plugins';
import { ApiErrorCode } from './api-error-code';

const WRITER_ROLES = ['editor', 'admin'];

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
        extensions: { code: ApiErrorCode.ARTICLE_FILE_INVALID, issues: error.issues },
      });
    }
    let result;
    try {
      result = await ingestLoadedArticle(driver, database, loaded, { editedBy: by });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'ARTICLE_ID_CONFLICT')) throw error;
      throw new GraphQLError(error.message, { extensions: { code: ApiErrorCode.ARTICLE_ID_CONFLICT } });
    }
    metrics?.ingestedArticles.inc({ outcome: result.outcome });
    const { entities, events, facts, claims, quotes } = result.counts;
    return {
      articleId: result.articleId,
      outcome: result.outcome,
      entities,
      events,
      facts,
      claims,
      quotes,
      editId: result.editId,
    };
  };
}

/** The token's subject, once its roles allow the write; the same codes and words as the library's writes otherwise. */
function requireRole(context: ApiContext, roles: string[]): string {
  const jwt = context.jwt;
  if (!jwt) {
    throw new GraphQLError(
      'This operation needs a valid token with the editor or admin role: send `Authorization: Bearer <JWT>`.',
      { extensions: { code: ApiErrorCode.UNAUTHENTICATED } },
    );
  }
  const granted = Array.isArray(jwt.roles) ? (jwt.roles as unknown[]) : [];
  if (!granted.some((role) => roles.includes(String(role)))) {
    throw new GraphQLError(
      'Forbidden: your token is valid but lacks the role this operation needs (editor or admin).',
      { extensions: { code: ApiErrorCode.FORBIDDEN } },
    );
  }
  return typeof jwt.sub === 'string' ? jwt.sub : '(no subject)';
}
