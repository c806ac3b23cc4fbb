import { extractArticle } from '../../src/extract/extract-article';
import { baseGazetteer } from '../../src/extract/gazetteer';
import type { ArticleFile } from '../../src/vocabulary/article-file-schema';

/** The article file the extractor makes of `text` under a headline, with the base gazetteer. */
export function extractedFile(text: string, publishedOn: string): ArticleFile {
  return extractArticle({ text: `Headline\n${text}`, publishedOn, origin: 'test.txt' }, baseGazetteer());
}

/** Each entity's kind, name and the words of its mentions. */
export function entitiesOf(file: ArticleFile): { kind: string; name: string; words: string[] }[] {
  return file.entities.map((e) => ({ kind: e.kind, name: e.name, words: e.mentions.map((m) => m.text) }));
}

/** The relationships of one type, each as "from -> to" by its ends' names, sorted. */
export function namedFacts(file: ArticleFile, type: string): string[] {
  const name = new Map(file.entities.map((e) => [e.id, e.name]));
  return file.relationships
    .filter((r) => r.type === type)
    .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`)
    .sort();
}

/** Each quote's words and its speaker's name (null for none). */
export function namedQuotes(file: ArticleFile): [string, string | null | undefined][] {
  const name = new Map(file.entities.map((e) => [e.id, e.name]));
  return file.quotes.map((q) => [q.text, q.speaker ? name.get(q.speaker) : null]);
}
