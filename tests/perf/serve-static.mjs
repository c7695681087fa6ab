// A small static file server for the Lighthouse check. The app and the plain static page are
// served by the same code, so compression and caching cannot explain a difference between them.
import { createServer } from 'node:http'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
])

/** Hashed file names never change content, so they are cached like a CDN would; pages are revalidated. */
function cacheControlFor(urlPath) {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}

async function resolveFile(root, urlPath) {
  const relative = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  let file = path.join(root, relative)
  if (!file.startsWith(root)) return undefined
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html')
    return (await stat(file)).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

/**
 * Serves `root` on 127.0.0.1 at a free port, gzip-compressing text as a production host would.
 * Every file is read and compressed once, before the server starts, and served from memory, as a
 * CDN serves its compressed copies: compressing React DOM on each request took CPU that this
 * 2-core machine's browser needed while the page under test was loading.
 * Unknown paths get a real 404 (no SPA fallback), so robots.txt and favicon requests are honest.
 * @param {string} root
 * @param {{ headers?: Record<string, string> }} [options] extra headers on every response
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { headers = {} } = {}) {
  const absoluteRoot = path.resolve(root)
  /** file -> { plain, gzipped } */
  const bodies = new Map()
  const bodiesOf = async (file, extension) => {
    let entry = bodies.get(file)
    if (!entry) {
      const plain = await readFile(file)
      entry = { plain, gzipped: COMPRESSIBLE.has(extension) ? gzipSync(plain) : undefined }
      bodies.set(file, entry)
    }
    return entry
  }
  const files = await readdir(absoluteRoot, { recursive: true, withFileTypes: true })
  for (const entry of files) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name)
      await bodiesOf(file, path.extname(file))
    }
  }
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    const file = await resolveFile(absoluteRoot, urlPath)
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end(file ? 'Method not allowed' : 'Not found')
      return
    }
    const extension = path.extname(file)
    const { plain, gzipped } = await bodiesOf(file, extension)
    let body = plain
    const responseHeaders = {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(urlPath),
      Vary: 'Accept-Encoding',
    }
    if (gzipped && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipped
      responseHeaders['Content-Encoding'] = 'gzip'
    }
    responseHeaders['Content-Length'] = body.length
    response.writeHead(200, responseHeaders)
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address()
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
