import './explore.css';
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import {
  ARTICLE_QUERY,
  ENTITY_QUERY,
  EVIDENCE_QUERY,
  graphql,
  LINKS_QUERY,
  SEARCH_QUERY,
  type Article,
  type EntityLink,
  type EvidenceSpan,
  type SearchHit,
} from './graphql-client';

// The graph view: the graph around one entity, drawn with Cytoscape from the project's own
// GraphQL API (entityLinks, search, evidence, articles). A click on an entity adds its
// neighbours; a click on a relationship, a claim or a quote shows its evidence in the article.

const DEFAULT_ENTITY = 'country:syria';

/** One colour per kind, as in the legend. */
const KIND_COLOURS: Record<string, string> = {
  Person: '#4c8eda',
  Country: '#f16667',
  Organization: '#57a773',
  Place: '#e0a400',
  Document: '#da7194',
  Event: '#9b6fd0',
  Concept: '#2fb3c9',
  Claim: '#f79767',
  Quote: '#a68a64',
};
const ENTITY_KINDS = ['Person', 'Country', 'Organization', 'Place', 'Document', 'Event', 'Concept'];

interface NodeData {
  id: string;
  name: string;
  kind: string;
  label: string;
  color: string;
  expanded: boolean;
}

interface EdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  link: EntityLink;
  fromName: string;
}

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
};

const statusLine = element<HTMLParagraphElement>('status');
const details = element<HTMLElement>('details');
const evidencePane = element<HTMLElement>('evidence');
const searchForm = element<HTMLFormElement>('search');
const searchInput = element<HTMLInputElement>('search-input');
const searchResults = element<HTMLUListElement>('search-results');

const articles = new Map<string, Promise<Article | undefined>>();

const cy: Core = cytoscape({
  container: element('graph'),
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        label: 'data(label)',
        'font-size': 10,
        color: '#222',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#fff',
        'text-background-opacity': 0.7,
        width: 26,
        height: 26,
      },
    },
    {
      selector: 'node[kind = "Claim"], node[kind = "Quote"]',
      style: { shape: 'round-rectangle', width: 20, height: 16 },
    },
    { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#333', width: 34, height: 34 } },
    { selector: 'node:selected', style: { 'overlay-color': '#e0457b', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#b9b9b9',
        'target-arrow-color': '#b9b9b9',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 7,
        color: '#666',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
      },
    },
    {
      selector: 'edge:selected',
      style: { width: 3.5, 'line-color': '#e0457b', 'target-arrow-color': '#e0457b', color: '#b0245a' },
    },
  ],
});
// For the browser tests and for poking at in the developer console.
(window as unknown as { exploreGraph: Core }).exploreGraph = cy;

function setStatus(state: 'loading' | 'ready' | 'error', message: string): void {
  statusLine.dataset.state = state;
  statusLine.textContent = message;
}

function shorten(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function addNode(id: string, name: string, kind: string, near?: NodeSingular): NodeSingular {
  const existing = cy.getElementById(id);
  if (existing.nonempty()) return existing;
  const data: NodeData = {
    id,
    name,
    kind,
    label: shorten(name),
    color: KIND_COLOURS[kind] ?? '#999',
    expanded: false,
  };
  // New neighbours start beside the node they hang from, so the layout moves them out from there.
  const position = near
    ? { x: near.position('x') + (Math.random() - 0.5) * 60, y: near.position('y') + (Math.random() - 0.5) * 60 }
    : { x: 0, y: 0 };
  return cy.add({ group: 'nodes', data, position });
}

function addLinks(node: NodeSingular, links: EntityLink[]): number {
  let added = 0;
  for (const link of links) {
    addNode(link.otherId, link.otherName, link.otherKind, node);
    if (cy.getElementById(link.factId).nonempty()) continue;
    const [source, target] = link.direction === 'OUT' ? [node.id(), link.otherId] : [link.otherId, node.id()];
    const data: EdgeData = {
      id: link.factId,
      source,
      target,
      label: link.relationship,
      link,
      fromName: node.data('name') as string,
    };
    cy.add({ group: 'edges', data });
    added += 1;
  }
  return added;
}

/** Lays the graph out (force-directed; `fresh` starts from random places), then fits it. */
function runLayout(fresh: boolean): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'cose',
      animate: false,
      randomize: fresh,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 80,
      padding: 30,
    });
    layout.one('layoutstop', () => {
      cy.fit(undefined, 30);
      // A few nodes would otherwise be drawn huge.
      if (cy.zoom() > 1.2) cy.zoom({ level: 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      resolve();
    });
    layout.run();
  });
}

/** Fetches an entity's links and adds its neighbours; the entity is marked expanded. */
async function expand(node: NodeSingular): Promise<void> {
  const name = node.data('name') as string;
  setStatus('loading', `Loading what is linked to ${name}…`);
  const { entityLinks } = await graphql<{ entityLinks: EntityLink[] }>(LINKS_QUERY, { id: node.id() });
  const first = cy.nodes().length === 1;
  const added = addLinks(node, entityLinks);
  node.data('expanded', true);
  await runLayout(first);
  showNode(node, entityLinks);
  setStatus(
    'ready',
    `${name}: ${entityLinks.length} links (${added} new). ${cy.nodes().length} nodes, ${cy.edges().length} relationships on screen. ` +
      'Click an entity to expand it; click a relationship, claim or quote to read its evidence.',
  );
}

/** Clears the picture and draws the graph around one entity. */
async function showEntity(id: string): Promise<void> {
  setStatus('loading', `Loading ${id}…`);
  const { entities } = await graphql<{ entities: { __typename: string; id: string; name: string }[] }>(ENTITY_QUERY, {
    id,
  });
  const entity = entities[0];
  if (!entity) {
    setStatus('error', `No entity has the id ${id}. Search for one above.`);
    return;
  }
  cy.elements().remove();
  evidencePane.replaceChildren();
  const url = new URL(window.location.href);
  url.searchParams.set('entity', id);
  window.history.replaceState(null, '', url);
  const node = addNode(entity.id, entity.name, entity.__typename);
  node.select();
  await expand(node);
}

/** The panel for a node: what it is, and its links as a list (each opens its evidence). */
function showNode(node: NodeSingular, links?: EntityLink[]): void {
  const kind = node.data('kind') as string;
  const heading = document.createElement('h2');
  heading.append(kindChip(kind), ` ${node.data('name') as string}`);
  const id = document.createElement('p');
  id.className = 'id';
  id.textContent = node.id();
  const parts: Node[] = [heading, id];
  if (links) {
    const intro = document.createElement('p');
    intro.textContent = `${links.length} facts link it to other entities, claims and quotes:`;
    const list = document.createElement('ul');
    list.className = 'links';
    for (const link of links) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.factId = link.factId;
      const arrow = link.direction === 'OUT' ? `—${link.relationship}→` : `←${link.relationship}—`;
      button.append(`${arrow} `, kindChip(link.otherKind), ` ${shorten(link.otherName, 80)}`);
      button.addEventListener('click', () => {
        cy.elements().unselect();
        cy.getElementById(link.factId).select();
        void showFactEvidence(link, node.data('name') as string).catch(fail);
      });
      item.append(button);
      list.append(item);
    }
    parts.push(intro, list);
  } else if (ENTITY_KINDS.includes(kind)) {
    const hint = document.createElement('p');
    hint.textContent = 'Click it in the picture to add what is linked to it.';
    parts.push(hint);
  }
  details.replaceChildren(...parts);
}

function kindChip(kind: string): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'kind';
  chip.style.backgroundColor = KIND_COLOURS[kind] ?? '#999';
  chip.textContent = kind;
  return chip;
}

function article(id: string): Promise<Article | undefined> {
  let found = articles.get(id);
  if (!found) {
    found = graphql<{ articles: Article[] }>(ARTICLE_QUERY, { id }).then((data) => data.articles[0]);
    articles.set(id, found);
  }
  return found;
}

async function showFactEvidence(link: EntityLink, fromName: string): Promise<void> {
  const [from, to] = link.direction === 'OUT' ? [fromName, link.otherName] : [link.otherName, fromName];
  const source = await article(link.articleId);
  const span: EvidenceSpan = {
    articleId: link.articleId,
    articleTitle: source?.title ?? link.articleId,
    sentence: link.sentence,
    start: link.start,
    end: link.end,
    text: link.evidence,
  };
  renderEvidence(`${shorten(from, 60)} —${link.relationship}→ ${shorten(to, 60)}`, link.factId, [span], source);
}

async function showNodeEvidence(node: NodeSingular): Promise<void> {
  setStatus('loading', 'Loading the evidence…');
  const { evidence } = await graphql<{ evidence: EvidenceSpan[] }>(EVIDENCE_QUERY, { id: node.id() });
  const first = evidence[0];
  const source = first ? await article(first.articleId) : undefined;
  renderEvidence(`${node.data('kind') as string}: ${node.data('name') as string}`, node.id(), evidence, source);
  setStatus(
    'ready',
    `The evidence of this ${(node.data('kind') as string).toLowerCase()} is highlighted in the article.`,
  );
}

/**
 * Shows the evidence: each sentence with its words marked, then the whole article with every
 * span marked ([start, end) in UTF-16 code units, as JavaScript strings count), scrolled to the
 * first.
 */
function renderEvidence(title: string, subjectId: string, spans: EvidenceSpan[], source: Article | undefined): void {
  const heading = document.createElement('h2');
  heading.textContent = 'Evidence';
  const what = document.createElement('p');
  what.className = 'what';
  what.textContent = title;
  const id = document.createElement('p');
  id.className = 'id';
  id.textContent = subjectId;
  const parts: Node[] = [heading, what, id];
  if (spans.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'No evidence is recorded for it.';
    parts.push(none);
  }
  for (const span of spans) {
    const quote = document.createElement('blockquote');
    quote.className = 'sentence';
    const at = source ? source.text.lastIndexOf(span.sentence, span.start) : -1;
    const offset = at >= 0 ? span.start - at : span.sentence.indexOf(span.text);
    quote.append(...marked(span.sentence, [[offset, offset + (span.end - span.start)]]));
    parts.push(quote);
  }
  if (source) {
    const articleHeading = document.createElement('h3');
    articleHeading.textContent = `In the article: ${source.title} (${source.sourceName}, ${source.publishedOn})`;
    const text = document.createElement('div');
    text.className = 'article-text';
    text.append(
      ...marked(
        source.text,
        spans.map((span): [number, number] => [span.start, span.end]),
      ),
    );
    parts.push(articleHeading, text);
  }
  evidencePane.replaceChildren(...parts);
  // Scrolls the article's own box to the first mark, not the whole panel (its heading stays).
  const box = evidencePane.querySelector<HTMLElement>('.article-text');
  const first = box?.querySelector('mark');
  if (box && first) box.scrollTop = first.offsetTop - box.clientHeight / 3;
}

/** The text as nodes, with each [start, end) range in a <mark>; ranges are sorted and merged. */
function marked(text: string, ranges: [number, number][]): Node[] {
  const sorted = ranges
    .filter(([start, end]) => start >= 0 && end <= text.length && start < end)
    .sort((a, b) => a[0] - b[0]);
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(from, end);
    nodes.push(mark);
    at = end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function fail(error: unknown): void {
  setStatus('error', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
}

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  const kind = node.data('kind') as string;
  if (!ENTITY_KINDS.includes(kind)) {
    showNode(node);
    void showNodeEvidence(node).catch(fail);
  } else if (node.data('expanded')) {
    void graphql<{ entityLinks: EntityLink[] }>(LINKS_QUERY, { id: node.id() })
      .then(({ entityLinks }) => showNode(node, entityLinks))
      .catch(fail);
  } else {
    void expand(node).catch(fail);
  }
});

cy.on('tap', 'edge', (event) => {
  const { link, fromName } = (event.target as EdgeSingular).data() as EdgeData;
  void showFactEvidence(link, fromName)
    .then(() => setStatus('ready', `The words that state ${link.relationship} are highlighted in the article.`))
    .catch(fail);
});

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = searchInput.value.trim();
  if (!query) return;
  void graphql<{ search: SearchHit[] }>(SEARCH_QUERY, { query })
    .then(({ search }) => {
      searchResults.replaceChildren(
        ...search.map((hit) => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.append(kindChip(hit.kind), ` ${shorten(hit.label, 90)}`);
          button.addEventListener('click', () => {
            searchResults.replaceChildren();
            if (ENTITY_KINDS.includes(hit.kind)) {
              void showEntity(hit.id).catch(fail);
            } else {
              const node = addNode(hit.id, hit.label, hit.kind);
              void showNodeEvidence(node).catch(fail);
            }
          });
          item.append(button);
          return item;
        }),
      );
      if (search.length === 0) setStatus('ready', `Nothing matches “${query}”.`);
    })
    .catch(fail);
});

function drawLegend(): void {
  const legend = element('legend');
  legend.replaceChildren(...Object.keys(KIND_COLOURS).map(kindChip));
}

drawLegend();
void showEntity(new URL(window.location.href).searchParams.get('entity') ?? DEFAULT_ENTITY).catch(fail);
