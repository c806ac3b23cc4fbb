import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { canonicalJson } from './canonical-json';

/** What a check before execution depends on besides the schema: the operation and its variables. */
export interface OperationRequest {
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * Remembers what a check computed for a parsed document, an operation name and the variables'
 * values, so that the same request does not walk the same document again. Apollo hands every
 * request with the same document text the same parsed document (its document store), so an app's
 * repeated requests find their entry; a document's entries go with it (a WeakMap), and each
 * document keeps at most `maxPerDocument` sets of variables, least recently used dropped first.
 * Only for checks that depend on nothing else (not on the caller, nor on the graph).
 */
export class DocumentMemo<T extends NonNullable<unknown>> {
  private readonly byDocument = new WeakMap<DocumentNode, LRUCache<string, T>>();

  constructor(private readonly maxPerDocument = 1000) {}

  get(document: DocumentNode, request: OperationRequest): T | undefined {
    return this.byDocument.get(document)?.get(keyOf(request));
  }

  set(document: DocumentNode, request: OperationRequest, value: T): void {
    let entries = this.byDocument.get(document);
    if (!entries) {
      entries = new LRUCache<string, T>({ max: this.maxPerDocument });
      this.byDocument.set(document, entries);
    }
    entries.set(keyOf(request), value);
  }
}

function keyOf(request: OperationRequest): string {
  return `${request.operationName ?? ''}\n${canonicalJson(request.variables ?? {})}`;
}
