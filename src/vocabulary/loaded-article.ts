import type { ArticleFile } from './article-file-schema';

/** An article file validated completely, with its text: what the writer takes. */
export interface LoadedArticle {
  data: ArticleFile;
  /** The article's exact text, which every offset points into. */
  text: string;
  /** The raw bytes of the file and the text, to tell an unchanged article from an edited one. */
  source: string;
}
