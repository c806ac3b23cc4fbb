/** Elements that never hold others. */
const VOID_ELEMENTS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements whose end tag may be left out: the next one of their kind closes them. */
const OPTIONAL_END = new Set(
  'p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption'.split(' '),
);
/** Comments and elements whose content is text, not tags. */
const NOT_TAGS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|noembed|noframes)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * How deeply a page nests its elements, read from the markup in one pass (no DOM): an open tag
 * goes one level down, its end tag (closing whatever was left open inside it) back up. Parsing
 * and Readability cost grows with the square of the depth or worse, and the DOM's recursive
 * functions overflow the stack at a few thousand levels, so the reader checks this first.
 */
export function htmlNestingDepth(html: string): number {
  const open: string[] = [];
  const counts = new Map<string, number>();
  let deepest = 0;
  for (const match of html.replace(NOT_TAGS, '').matchAll(TAG)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || OPTIONAL_END.has(name)) continue;
    if (closing) {
      // An end tag with no open element of its name is ignored, as a browser does.
      if (!counts.get(name)) continue;
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        counts.set(top, counts.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    if (selfClosing) continue;
    open.push(name);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}
