# One image for every role of the service: ROLES picks what a container runs (see docker-compose.yml).
# Node 24 is the active LTS line; the tests also run on Node 20.19 and later (package.json engines).
FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Exactly what the lockfile pins; fails when package.json and the lockfile disagree.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

# glibc (bookworm), not Alpine: the KurrentDB client's native bridge ships for linux-x64-gnu and -musl, better-sqlite3 prebuilds for glibc.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Not root: the app only needs to write its data folder.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM (docker stop) shuts down cleanly: queued appends are written and leases handed over.
CMD ["node", "dist/apps/client-lifecycle/apps/client-lifecycle/src/main.js"]
