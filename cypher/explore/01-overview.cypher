// Overview: what the graph holds, as counts. How many nodes carry each label, how many
// relationships there are of each type, and how many of those relationships are facts (they have
// an id and evidence), of which how many were learnt through someone else's reported speech (they
// carry the claimId of the claim they come from).
// Parameters: none.
// Adapt: a node counts once for every label it has, so an entity shows up under Entity and under
// its kind (Person, Country, ...). To count one article's share of the relationships, add
// WHERE r.articleId = 'rt-2017-11-11-putin-trump-syria-joint-statement' after the first
// MATCH ()-[r]->() line and AND r.articleId = '...' to the WHERE of the second. Facts, MENTIONED_IN
// and EVIDENCED_BY carry the article's id, and so do sentences, claims and quotes (n.articleId).
// Entities are shared between articles and carry none.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS name
  RETURN 'nodes by label' AS kind, name, count(*) AS total
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationships by type' AS kind, type(r) AS name, count(*) AS total
  UNION ALL
  MATCH ()-[r]->()
  WHERE r.id IS NOT NULL
  RETURN 'relationships that are facts' AS kind,
         CASE WHEN r.claimId IS NULL THEN 'stated by the article' ELSE 'learnt through a claim' END AS name,
         count(*) AS total
}
RETURN kind, name, total
ORDER BY kind, total DESC, name;
