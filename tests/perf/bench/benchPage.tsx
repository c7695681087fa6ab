import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { articleTextBlocks, ArticleView } from '../../../src/features/article'
import { anchorQuotes, AnnotatedArticle, annotationsQuery } from '../../../src/features/annotations'
import '../../../src/app/styles/index.css'
import { generateArticle } from './generatedArticle'

export interface BenchRow {
  scale: number
  characters: number
  annotations: number
  anchoringMs: number
  plainRenderMs: number
  /** The annotated article's component given no annotations: its legend and machinery alone. */
  unannotatedRenderMs: number
  annotatedRenderMs: number
  allMarkedMs: number
  longestStepMs: number
  cardsOpened: number
  openMs: number
  cards: number
}

const stage = document.getElementById('stage') as HTMLElement

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/**
 * Mounts `element` in a fresh root and times its first render as the reader waits for it: React's
 * work, the DOM it creates, and the browser's style and layout of it (forced by reading a layout
 * value), all synchronous.
 */
function mountTimed(element: ReactElement) {
  const container = document.createElement('div')
  stage.replaceChildren(container)
  const root = createRoot(container)
  const started = performance.now()
  flushSync(() => root.render(element))
  void container.getBoundingClientRect().height
  return { container, root, started, took: performance.now() - started }
}

function timeFirstRender(element: ReactElement): number {
  const { root, took } = mountTimed(element)
  root.unmount()
  return took
}

const WARM_UP_RENDERS = 40
const WARM_UP_MS = 2000
const ANCHORING_REPEATS_AT_1X = 500
const CARDS_OPENED = 11

/**
 * Gives the browser a frame and a task to finish with the last render (paint it, and collect its
 * garbage if it will) before the next is timed, as it would have between a reader's page loads: in
 * a loop of renders with no pause between them, each would pay for the clean-up of the one before.
 */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve))
  await new Promise((resolve) => setTimeout(resolve, 0))
}

const PHRASES = '[role="button"][aria-haspopup="dialog"]'

/**
 * Yields one task, then runs on. A message, not setTimeout(0): nested timers are clamped to 4 ms,
 * which would hide short steps.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

/** Waits, one task at a time, until `done`; a mark that never arrives fails the benchmark. */
async function waitUntil(done: () => boolean, onTurn: () => void = () => {}): Promise<void> {
  const deadline = performance.now() + 10_000
  while (!done()) {
    if (performance.now() > deadline) throw new Error('The marks did not all arrive within 10 s')
    await nextTask()
    onTurn()
  }
}

/**
 * Time until every phrase is marked and the index laid out, the later steps included: they run as
 * transitions after the first render, with the browser free to paint and take input in between.
 * Also the longest stretch the page was busy after the first render, read from the gaps between
 * this loop's own turns: the longest a reader's tap could wait while the marks arrive.
 */
async function timeAllMarked(
  element: ReactElement,
  marks: number,
): Promise<{ took: number; longestBusy: number }> {
  const { container, root, started } = mountTimed(element)
  let longestBusy = 0
  let turn = performance.now()
  await waitUntil(
    // The index comes last, and looking it up by id is cheap: phrases are counted only then.
    () =>
      container.querySelector('#annotation-index-title') !== null &&
      container.querySelectorAll(PHRASES).length === marks,
    () => {
      const now = performance.now()
      longestBusy = Math.max(longestBusy, now - turn)
      turn = now
    },
  )
  void container.getBoundingClientRect().height
  const took = performance.now() - started
  root.unmount()
  return { took, longestBusy }
}

/**
 * Opens cards on phrases spread over the whole article, one after another, once all are marked:
 * how long each took from the click to a card in place, and how many card elements exist after.
 */
async function openCards(
  element: ReactElement,
  annotations: number,
  opened: number,
): Promise<{ cardsOpened: number; openMs: number; cards: number }> {
  const { container, root } = mountTimed(element)
  await waitUntil(() => container.querySelectorAll(PHRASES).length === annotations)
  const phrases = [...container.querySelectorAll<HTMLElement>(PHRASES)]
  const times: number[] = []
  for (let i = 0; i < opened; i += 1) {
    const phrase = phrases[Math.floor((i * phrases.length) / opened)] as HTMLElement
    await settle()
    const started = performance.now()
    phrase.click()
    await waitUntil(
      () =>
        phrase.getAttribute('aria-expanded') === 'true' &&
        document.querySelector('[role="dialog"]') !== null,
    )
    void document.body.getBoundingClientRect().height
    times.push(performance.now() - started)
  }
  const cards = document.querySelectorAll('[role="dialog"]').length
  root.unmount()
  return { cardsOpened: opened, openMs: median(times), cards }
}

async function run(scale: number, runs: number): Promise<BenchRow> {
  const { article, annotations } = generateArticle(scale)
  const blocks = articleTextBlocks(article)
  const queryClient = new QueryClient()
  queryClient.setQueryData(annotationsQuery.queryKey, { articleId: article.id, annotations })
  const emptyClient = new QueryClient()
  emptyClient.setQueryData(annotationsQuery.queryKey, { articleId: article.id, annotations: [] })
  const plain = (
    <QueryClientProvider client={queryClient}>
      <ArticleView article={article} />
    </QueryClientProvider>
  )
  const annotated = (
    <QueryClientProvider client={queryClient}>
      <AnnotatedArticle article={article} />
    </QueryClientProvider>
  )
  const unannotated = (
    <QueryClientProvider client={emptyClient}>
      <AnnotatedArticle article={article} />
    </QueryClientProvider>
  )

  const anchoring: number[] = []
  const plainTimes: number[] = []
  const unannotatedTimes: number[] = []
  const annotatedTimes: number[] = []
  const allMarkedTimes: number[] = []
  const longestSteps: number[] = []
  // Warm up both paths, so that the JIT's work is not what gets measured. A count alone is not
  // enough: after 40 renders of each, a render at 1× still took nearly as long as one at 10×.
  const warmUntil = performance.now() + WARM_UP_MS
  for (let i = 0; i < WARM_UP_RENDERS || performance.now() < warmUntil; i += 1) {
    timeFirstRender(plain)
    timeFirstRender(unannotated)
    timeFirstRender(annotated)
  }
  for (let i = 0; i < runs; i += 1) {
    // Repeated so that every size is timed over the same length of text, long against the clock's
    // steps, and always a few calls in a row: a lone call at 100× runs colder than one of a series
    // at 1×, and 50 calls at 1× came to 1 ms, ±10% in the 0.1 ms steps of a clock not isolated.
    const repeats = Math.ceil(ANCHORING_REPEATS_AT_1X / scale)
    const started = performance.now()
    for (let repeat = 0; repeat < repeats; repeat += 1) anchorQuotes(blocks, annotations)
    anchoring.push((performance.now() - started) / repeats)
    // Each goes first in turn, so that drift on the machine, and the anchoring just before, touch
    // each alike.
    const renders: [ReactElement, number[]][] = [
      [plain, plainTimes],
      [unannotated, unannotatedTimes],
      [annotated, annotatedTimes],
    ]
    const turn = i % renders.length
    for (const [element, times] of [...renders.slice(turn), ...renders.slice(0, turn)]) {
      await settle()
      times.push(timeFirstRender(element))
    }
  }
  for (let i = 0; i < runs; i += 1) {
    await settle()
    const { took, longestBusy } = await timeAllMarked(annotated, annotations.length)
    allMarkedTimes.push(took)
    longestSteps.push(longestBusy)
  }
  return {
    scale,
    characters: blocks.reduce((sum, block) => sum + block.text.length, 0),
    annotations: annotations.length,
    anchoringMs: median(anchoring),
    plainRenderMs: median(plainTimes),
    unannotatedRenderMs: median(unannotatedTimes),
    annotatedRenderMs: median(annotatedTimes),
    allMarkedMs: median(allMarkedTimes),
    longestStepMs: median(longestSteps),
    ...(await openCards(annotated, annotations.length, CARDS_OPENED)),
  }
}

declare global {
  interface Window {
    runBench: (scale: number, runs: number) => Promise<BenchRow>
  }
}

window.runBench = run
