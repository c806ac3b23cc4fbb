export { ArticleFileError, formatPath, type ArticleFileIssue } from './article-file-error';
export {
  articleFileSchema,
  datePrecision,
  firstDay,
  type ArticleClaim,
  type ArticleEntity,
  type ArticleFile,
  type ArticleQuote,
  type DatePrecision,
  type DateSpec,
  type Span,
} from './article-file-schema';
export { ATTACK_NOUNS, ATTACK_TYPE, isActOfForce, isAttackType, MILITARY_ACTS } from './attack-types';
export { articleIdentity, identitySuffix, normalizeArticleUrl, type ArticleIdentityFields } from './article-identity';
export { entityId, kindPrefix, slugify, SLUG_PATTERN } from './normalize-id';
export {
  CLAIM_AND_QUOTE_FACT_TYPES,
  ENTITY_KINDS,
  FACT_RELATIONSHIP_TYPES,
  isAllowedRelationship,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  takesRole,
  type EntityKind,
  type RelationshipType,
} from './relationship-types';
export { segmentSentences, sentencesOverlapping, type SentenceSpan } from './segment-sentences';
export type { LoadedArticle } from './loaded-article';
