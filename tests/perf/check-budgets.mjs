// Gzip budgets for what the browser downloads: every script and stylesheet the build emits.
// Sizes are measured at gzip level 9, as a web server would serve them, not Vite's estimate.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const KB = 1024
const BUDGETS = { js: 100 * KB, css: 10 * KB }

const root = fileURLToPath(new URL('../..', import.meta.url))
const distDir = path.join(root, 'dist')
const assetsDir = path.join(distDir, 'assets')
const indexHtml = path.join(distDir, 'index.html')

if (!existsSync(indexHtml)) {
  console.error(`No build found at ${path.relative(root, indexHtml)}: run npm run build first.`)
  process.exit(1)
}

/** Every file under a folder, however deep Vite nests chunks. */
function listFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** Local files the page itself asks for, wherever they live in dist/. */
function filesReferencedBy(html) {
  const references = [
    ...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi),
    ...html.matchAll(/<link\b[^>]*\bhref=["']?([^"'\s>]+\.(?:m?js|css))\b/gi),
  ].map((match) => match[1])
  return references
    .filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url))
    .map((url) => path.join(distDir, decodeURIComponent(url.split(/[?#]/)[0])))
    .filter((file) => existsSync(file))
}

function kindOf(file) {
  if (/\.(?:m?js)$/.test(file)) return 'js'
  if (file.endsWith('.css')) return 'css'
  return undefined
}

/** Styles and scripts written into the page itself count too, should a build ever inline them. */
function inlineCodeOf(html) {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => ({
    kind: 'css',
    code: match[1],
  }))
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes]) =>
        !/\bsrc=/i.test(attributes) && !/\btype=["']?[^"'\s>]*json/i.test(attributes),
    )
    .map((match) => ({ kind: 'js', code: match[2] }))
    .filter(({ code }) => code.trim())
  return [...styles, ...scripts].map(({ kind, code }, index) => ({
    name: `index.html inline ${kind} #${index + 1}`,
    kind,
    content: Buffer.from(code),
  }))
}

const html = readFileSync(indexHtml, 'utf8')
const files = [...new Set([...listFiles(assetsDir), ...filesReferencedBy(html)])]
  .filter((file) => kindOf(file))
  .sort()
  .map((file) => ({
    name: path.relative(distDir, file),
    kind: kindOf(file),
    content: readFileSync(file),
  }))

const rows = [...files, ...inlineCodeOf(html)].map(({ name, kind, content }) => ({
  file: name,
  kind,
  raw: content.length,
  gzip: gzipSync(content, { level: 9 }).length,
}))

const formatKb = (bytes) => `${(bytes / KB).toFixed(2)} KB`
const width = Math.max(4, ...rows.map((row) => row.file.length))
const line = (name, raw, gzip) => `${name.padEnd(width)}  ${raw.padStart(11)}  ${gzip.padStart(11)}`

console.log(line('file', 'raw', 'gzip -9'))
for (const row of rows) console.log(line(row.file, formatKb(row.raw), formatKb(row.gzip)))
console.log('')

let failed = false
for (const kind of ['js', 'css']) {
  const total = rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.gzip, 0)
  const budget = BUDGETS[kind]
  const verdict = total <= budget ? 'ok' : 'OVER BUDGET'
  console.log(
    `${kind.toUpperCase()} total: ${formatKb(total)} gzip (${total} bytes) of ${formatKb(budget)} (${budget} bytes): ${verdict}`,
  )
  if (total > budget) {
    failed = true
    console.error(`${kind.toUpperCase()} is ${total - budget} bytes gzip over its budget.`)
  }
}
if (rows.every((row) => row.kind !== 'js')) {
  console.error('The build has no JavaScript at all: is dist/ a complete build?')
  failed = true
}

process.exit(failed ? 1 : 0)
