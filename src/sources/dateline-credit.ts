import { readDateline } from '../vocabulary/dateline';

/**
 * The outlet a wire dateline credits ("SEOUL, June 12 (Pacific Dispatch) –" → "Pacific
 * Dispatch"): the article's source when nothing else names it.
 */
export function datelineCredit(text: string): string | undefined {
  return readDateline(text)?.outlet;
}
