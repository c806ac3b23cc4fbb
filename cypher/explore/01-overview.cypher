// Overview: how many nodes carry each label and how many relationships there are of each type.
// Start here to see what the graph holds. A node counts once for every label it has, so an
// entity shows up under `Entity` and under its kind (`Person`, `Country`, ...).
// Adapt: to count one article's share only, add `WHERE n.articleId = '<article id>'` after the
// first MATCH and `WHERE r.articleId = '<article id>'` after the second.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS name
  RETURN 'node label' AS kind, name, count(*) AS total
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship type' AS kind, type(r) AS name, count(*) AS total
}
RETURN kind, name, total
ORDER BY kind, total DESC, name;
