/** Posts a query to the project's GraphQL API and returns its data, or throws its first error. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || !body.data) throw new Error(`The API answered ${response.status} ${response.statusText}`);
  return body.data;
}

export interface EntityLink {
  relationship: string;
  direction: 'OUT' | 'IN';
  otherId: string;
  otherName: string;
  otherKind: string;
  factId: string;
  evidence: string;
  start: number;
  end: number;
  sentence: string;
  articleId: string;
}

export interface EvidenceSpan {
  articleId: string;
  articleTitle: string;
  sentence: string;
  start: number;
  end: number;
  text: string;
}

export interface SearchHit {
  id: string;
  kind: string;
  label: string;
}

export interface Article {
  id: string;
  title: string;
  sourceName: string;
  publishedOn: string;
  text: string;
}

export const ENTITY_QUERY = `
  query Entity($id: ID!) {
    entities(where: { id: { eq: $id } }, limit: 1) { __typename id name }
  }
`;

export const LINKS_QUERY = `
  query EntityLinks($id: ID!) {
    entityLinks(entityId: $id, limit: 200) {
      relationship direction otherId otherName otherKind factId evidence start end sentence articleId
    }
  }
`;

export const EVIDENCE_QUERY = `
  query Evidence($id: ID!) {
    evidence(id: $id) { articleId articleTitle sentence start end text }
  }
`;

export const SEARCH_QUERY = `
  query Search($query: String!) {
    search(query: $query, limit: 12) { id kind label }
  }
`;

export const ARTICLE_QUERY = `
  query Article($id: ID!) {
    articles(where: { id: { eq: $id } }, limit: 1) { id title sourceName publishedOn text }
  }
`;
