# The explorer as an image: the server compiled to JavaScript and run by plain node, the page
# built by Vite, production dependencies only, as an unprivileged user.
#   docker build -t explorer . && docker run -p 4000:4000 -v explorer-data:/data explorer
# Node 24 (LTS); the project also runs on Node 20.19+ and 22 (package.json "engines").

# 1. Build: every dependency (TypeScript, Vite, React…), then dist/server, dist/seed, dist/client.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. The dependencies the server imports at run time, without the page's or the tools'.
FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The image: no compiler, no sources, no npm in the command.
FROM node:24-bookworm-slim
# LadybugDB's native module links libssl.so.3, which Debian's slim image leaves out.
RUN apt-get update \
  && apt-get install -y --no-install-recommends libssl3 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/data
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The embedded database and its backups live in /data, owned by the image's `node` user.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/server/src/app/main.js"]
