// npm run bench: builds the benchmark page for production, opens it in Debian's Chromium and
// prints, for generated articles 1x, 10x and 100x as long as the story, the anchoring time and
// the first render with and without annotations. A benchmark to read, not a timed test.
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build, preview } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const SCALES = [1, 10, 100]
const RUNS = Number(process.env.RUNS ?? 15)

const outDir = await mkdtemp(path.join(tmpdir(), 'reader-bench-'))
await build({
  configFile: false,
  root: here,
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir, emptyOutDir: true },
})
const server = await preview({
  configFile: false,
  root: here,
  logLevel: 'warn',
  build: { outDir },
  preview: {
    port: 4174,
    strictPort: true,
    host: '127.0.0.1',
    // Cross-origin isolated, the page's clock has 5 µs steps rather than 100 µs: a first render
    // at 1× takes about a millisecond.
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  },
})
const browser = await chromium.launch(
  JSON.parse(readFileSync(new URL('../../tools/chromium.json', import.meta.url), 'utf8')),
)

try {
  const page = await browser.newPage()
  page.on('pageerror', (error) => console.error(error))
  await page.goto('http://127.0.0.1:4174/')
  await page.waitForFunction(() => typeof window.runBench === 'function')
  if (!(await page.evaluate(() => window.crossOriginIsolated))) {
    throw new Error('The benchmark page is not cross-origin isolated: its clock would be coarse')
  }
  const rows = []
  for (const scale of SCALES) {
    rows.push(await page.evaluate(([s, runs]) => window.runBench(s, runs), [scale, RUNS]))
  }
  const base = rows[0]
  console.log(
    `\nMedian of ${RUNS} runs in Chromium (${(await browser.version()) || 'chromium'}):\n`,
  )
  console.table(
    rows.map((row) => ({
      size: `${row.scale}x`,
      characters: row.characters,
      annotations: row.annotations,
      'anchoring ms': row.anchoringMs.toFixed(3),
      'anchoring per 1x': (row.anchoringMs / base.anchoringMs / row.scale).toFixed(2),
      'plain render ms': row.plainRenderMs.toFixed(2),
      'annotated render ms': row.annotatedRenderMs.toFixed(2),
      'annotated / plain': (row.annotatedRenderMs / row.plainRenderMs).toFixed(2),
      'none ms': row.unannotatedRenderMs.toFixed(2),
      'annotated / none': (row.annotatedRenderMs / row.unannotatedRenderMs).toFixed(2),
      'all marked ms': row.allMarkedMs.toFixed(1),
      'longest step ms': row.longestStepMs.toFixed(1),
      'open a card ms': row.openMs.toFixed(1),
      'card elements': row.cards,
    })),
  )
  console.log(
    [
      '"anchoring per 1x" at most 1 means growth no worse than linear.',
      '"annotated render" is the first render, which marks the first screen of text; "none" is the',
      'same component given no annotations (its switches and hooks alone); "all marked"',
      'runs until every phrase is marked, in steps the browser can paint and take input between.',
      `"open a card" is the median time from a click to its card in place, over ${base.cardsOpened}`,
      'phrases spread over the article; "card elements" counts dialogs after opening them in turn.',
    ].join('\n'),
  )
} finally {
  await browser.close()
  await new Promise((resolve) => server.httpServer.close(resolve))
  await rm(outDir, { recursive: true, force: true })
}
