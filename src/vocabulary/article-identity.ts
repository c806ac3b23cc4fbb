import { createHash } from 'node:crypto';

/**
 * Query parameters that say how a reader arrived, never which article they read: Google
 * Analytics' `utm_*`, Facebook's and Google's click ids. Any other parameter may name the
 * article (`?id=123`) and is kept.
 */
const TRACKING_PARAMETER = /^(?:utm_.+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * An article's address in the form two links to the same article share, changed only where
 * the web's rules say nothing differs: scheme and host in lowercase, the default port and the
 * fragment (`#comments`) dropped, tracking parameters dropped. The path, its case and its
 * trailing slash and the other parameters in their order are kept: servers may tell them
 * apart, and two different articles must never share an identity. A string that is not an
 * absolute URL is kept as it is, trimmed.
 */
export function normalizeArticleUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  }
  // searchParams rewrites the query only when a parameter went: an untouched one keeps its spelling.
  return parsed.href.replace(/\?$/, '');
}

/** What an article's identity is computed from: the fields every article file and stored Article have. */
export interface ArticleIdentityFields {
  url: string | null | undefined;
  sourceName: string;
  publishedOn: string;
  text: string;
}

/**
 * What identifies an article: its URL, normalized, when it has one (`url:https://…`), so that an
 * edited article at the same address replaces what it was; otherwise its content: the outlet,
 * the day and the text (`text:<sha-256>`), so that two different articles never share one,
 * whatever their headlines. Without a URL nothing tells an edited article from a new one.
 */
export function articleIdentity(fields: ArticleIdentityFields): string {
  if (fields.url) return `url:${normalizeArticleUrl(fields.url)}`;
  const content = [fields.sourceName, fields.publishedOn, fields.text].join('\u0000');
  return `text:${createHash('sha256').update(content).digest('hex')}`;
}

/** A short, stable suffix for ids derived from an identity: 12 hex digits (48 bits) of its SHA-256. */
export function identitySuffix(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 12);
}
