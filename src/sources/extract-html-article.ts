import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanParagraph, paragraphsToText } from './normalize-text';
import { parsePublishedDate } from './parse-published-date';

/** Page furniture removed before looking for the article. */
const DROPPED_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'nav',
  'footer',
  'aside',
  'button',
  'select',
  'textarea',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="dialog"]',
].join(', ');

/** Elements that start and end a paragraph (a line of the text). */
const BLOCK_ELEMENTS = new Set(
  (
    'address article blockquote body caption dd details div dl dt fieldset figcaption figure form h1 h2 h3 h4 ' +
    'h5 h6 header hgroup hr li main ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);

export interface HtmlArticle {
  /** The article's text, one paragraph per line; empty when none was found. */
  text: string;
  title?: string;
  url?: string;
  publishedOn?: string;
  sourceName?: string;
}

/**
 * The article in an HTML page: Readability picks the main content, falling back to the whole body
 * when it finds nothing; metadata comes from Open Graph and article meta tags, JSON-LD, <title>,
 * <h1> and <time datetime>. Malformed HTML is parsed as a browser would (HTML5 parsing rules).
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  // A silent virtual console: jsdom would otherwise print CSS and parse complaints.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const metadata = readMetadata(document);

  for (const element of document.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  // A whole page wrapped in one <form> (as ASP.NET pages are) is kept; sign-up and search forms are not.
  for (const form of document.querySelectorAll('form')) {
    if (form.querySelectorAll('p').length < 3) form.remove();
  }
  const body = document.body.cloneNode(true);

  const readable = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = readable?.content;
  let text = content ? paragraphsToText(paragraphsOf(content)) : '';
  if (text === '') text = paragraphsToText(paragraphsOf(body));
  return { text, ...metadata };
}

/** The text of a DOM subtree as paragraphs: a block element or <br> ends one. */
function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  const visit = (node: Node, preformatted: boolean) => {
    if (node.nodeType === node.TEXT_NODE) {
      const data = node.nodeValue ?? '';
      if (!preformatted) current += data;
      else {
        const [first = '', ...rest] = data.split('\n');
        current += first;
        for (const line of rest) {
          flush();
          current = line;
        }
      }
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE && node.nodeType !== node.DOCUMENT_FRAGMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') return flush();
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    if (tag === 'td' || tag === 'th') current += ' ';
    for (const child of node.childNodes) visit(child, preformatted || tag === 'pre');
    if (block) flush();
  };
  visit(root, false);
  flush();
  return paragraphs;
}

type Metadata = Omit<HtmlArticle, 'text'>;

function readMetadata(document: Document): Metadata {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
      const value = cleanParagraph(element?.getAttribute('content') ?? '');
      if (value !== '') return value;
    }
    return undefined;
  };
  const text = (selector: string) => {
    const value = cleanParagraph(document.querySelector(selector)?.textContent ?? '');
    return value === '' ? undefined : value;
  };
  const jsonLd = readJsonLd(document);

  const sourceName = meta('og:site_name') ?? jsonLd.publisher;
  const title = meta('og:title', 'twitter:title') ?? jsonLd.headline ?? withoutSiteName(text('title'), sourceName);
  const dates = [
    meta('article:published_time', 'datePublished', 'pubdate', 'date'),
    jsonLd.datePublished,
    document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? undefined,
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  ];
  const publishedOn = dates.reduce<string | undefined>(
    (found, value) => found ?? (value ? parsePublishedDate(value) : undefined),
    undefined,
  );
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = [canonical, meta('og:url')].find((value) => value !== undefined && /^https?:\/\//i.test(value));
  return omitUndefined({ title: title ?? text('h1'), url, publishedOn, sourceName });
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  publisher?: string;
}

/** The first headline, datePublished and publisher name in the page's JSON-LD blocks. */
function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.headline === 'string') facts.headline ??= cleanParagraph(record.headline) || undefined;
    if (typeof record.datePublished === 'string') facts.datePublished ??= record.datePublished;
    const publisher = record.publisher as Record<string, unknown> | undefined;
    if (typeof publisher?.name === 'string') facts.publisher ??= cleanParagraph(publisher.name) || undefined;
    visit(record['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common and says nothing about the article; the other sources remain.
    }
  }
  return facts;
}

/** "Headline | The Daily" → "Headline" when the site's name is known. */
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (title === undefined || siteName === undefined) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${siteName}`;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
