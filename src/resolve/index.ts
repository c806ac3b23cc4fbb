export { resolveArticle, type ResolutionDecision, type ResolvedArticle } from './resolve-article';
export { graphCandidates } from './graph-candidates';
export { PendingCandidates, combinedCandidates } from './pending-candidates';
export type { CandidateSource, KnownDocument, KnownEvent } from './known-entities';
export { renameEntities } from './rename-entities';
