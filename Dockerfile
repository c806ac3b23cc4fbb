# The GraphQL API as a container. It needs a Neo4j 5.26+ with APOC core that it reaches through
# NEO4J_URI (see docker-compose.yml, which starts one beside it): without NEO4J_URI the app would
# try to start a local Neo4j, which needs Java and is not wanted in a container.
#
#   docker build -t news-knowledge-graph .
#   docker run --rm -p 4000:4000 \
#     -e NEO4J_URI=bolt://<neo4j-host>:7687 -e NEO4J_PASSWORD=<password> news-knowledge-graph

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- Stage 1: compile TypeScript (src/ -> dist/) with the dev dependencies ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app

# Dependencies first, so they stay cached while only the source changes. npm ci applies the
# patches in patches/ (patch-package, run by postinstall).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- Stage 2: the runtime image: production dependencies and the compiled code only ----
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000

COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The compiled code finds these relative to the folder holding dist/ (PROJECT_ROOT), so they
# sit beside it: the GraphQL type definitions, the Neo4j schema, the seed article and the
# Neo4j Browser guide (served at /guide).
COPY --from=build /app/dist ./dist
COPY schema.graphql ./
COPY cypher ./cypher
COPY data ./data
COPY guide ./guide

# The app only reads its files; it runs as the image's unprivileged `node` user (uid 1000).
USER node

EXPOSE 4000

# Healthy means ready to answer: /ready is 200 once Neo4j answers and the warm-up is done, 503
# while Neo4j starts or is away (then the API refuses queries with DATABASE_UNAVAILABLE and comes
# back by itself; restarting it would not help). /health is liveness only: 200 whenever the
# process serves, Neo4j or not. Kubernetes, which ignores HEALTHCHECK, should probe /health for
# liveness and /ready for readiness. Node 20 has fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Applies cypher/schema.cypher, ingests the seed article and serves /graphql on HOST:PORT.
# Node handles SIGTERM itself (orderly shutdown), so `docker stop` is clean without an init.
CMD ["node", "dist/cli/start.js"]
