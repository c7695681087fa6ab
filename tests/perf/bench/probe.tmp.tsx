import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { ErrorBoundary } from '../../../src/shared/ui/ErrorBoundary'
import { useLayoutEffect, type ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { ArticleView } from '../../../src/features/article'
import { AnnotatedArticle, annotationsQuery } from '../../../src/features/annotations'
import { AnnotationLegend, AnnotationLegendRoom } from '../../../src/features/annotations/components/AnnotationLegend'
import '../../../src/app/styles/index.css'
import { generateArticle } from './generatedArticle'

const stage = document.getElementById('stage') as HTMLElement
function QRoom({ article }: { article: import('../../../src/features/article').Article }) {
  useQuery(annotationsQuery)
  return <><AnnotationLegendRoom /><div><ArticleView article={article} /></div></>
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN
function timed(element: ReactElement) {
  const container = document.createElement('div')
  stage.replaceChildren(container)
  const root = createRoot(container)
  let painted = NaN
  function Timed() {
    useLayoutEffect(() => {
      void container.getBoundingClientRect().height
      painted = performance.now()
    })
    return element
  }
  const t0 = performance.now()
  flushSync(() => root.render(<Timed />))
  const t1 = performance.now()
  void container.getBoundingClientRect().height
  const t2 = performance.now()
  root.unmount()
  return [painted - t0, t1 - t0, t2 - t0]
}
const settle = async () => {
  await new Promise((r) => requestAnimationFrame(r))
  await new Promise((r) => setTimeout(r, 0))
}
const prefs = { enabled: true, kinds: { person: true, source: true, history: true } }
async function run(scale: number, runs: number) {
  const { article, annotations } = generateArticle(scale)
  const qc = new QueryClient()
  qc.setQueryData(annotationsQuery.queryKey, { articleId: article.id, annotations })
  const ec = new QueryClient()
  ec.setQueryData(annotationsQuery.queryKey, { articleId: article.id, annotations: [] })
  const variants: Record<string, ReactElement> = {
    empty: <QueryClientProvider client={qc}><div /></QueryClientProvider>,
    plain: <QueryClientProvider client={qc}><ArticleView article={article} /></QueryClientProvider>,
    plainRoom: <QueryClientProvider client={qc}><AnnotationLegendRoom /><div><ArticleView article={article} /></div></QueryClientProvider>,
    qRoom: <QueryClientProvider client={qc}><QRoom article={article} /></QueryClientProvider>,
    ebqRoom: <QueryClientProvider client={qc}><ErrorBoundary fallback={null}><QRoom article={article} /></ErrorBoundary></QueryClientProvider>,
    plainWrapped: <QueryClientProvider client={qc}><div><ArticleView article={article} /></div></QueryClientProvider>,
    legendOnly: <QueryClientProvider client={qc}><AnnotationLegend preferences={prefs} notKept={null} onChange={() => {}} /></QueryClientProvider>,
    plainLegend: <QueryClientProvider client={qc}><AnnotationLegend preferences={prefs} notKept={null} onChange={() => {}} /><ArticleView article={article} /></QueryClientProvider>,
    none: <QueryClientProvider client={ec}><AnnotatedArticle article={article} /></QueryClientProvider>,
    annotated: <QueryClientProvider client={qc}><AnnotatedArticle article={article} /></QueryClientProvider>,
  }
  const names = Object.keys(variants)
  const until = performance.now() + 2000
  for (let i = 0; i < 40 || performance.now() < until; i++) for (const n of names) timed(variants[n]!)
  const res: Record<string, number[][]> = {}
  for (const n of names) res[n] = [[], [], []]
  for (let i = 0; i < runs; i++) {
    const turn = i % names.length
    for (const n of [...names.slice(turn), ...names.slice(0, turn)]) {
      await settle()
      const t = timed(variants[n]!)
      t.forEach((x, j) => res[n]![j]!.push(x))
    }
  }
  const out: Record<string, string> = {}
  for (const n of names) out[n] = res[n]!.map((a) => median(a).toFixed(3)).join(' / ')
  return out
}
declare global { interface Window { probe: typeof run } }
window.probe = run
async function probeHtml(runs: number) {
  const c = document.createElement('div')
  stage.replaceChildren(c)
  const root = createRoot(c)
  flushSync(() => root.render(<AnnotationLegend preferences={prefs} notKept={null} onChange={() => {}} />))
  const html = c.innerHTML
  root.unmount()
  const variants: Record<string, string> = {
    empty: '<div></div>',
    legend: html,
    room: '<div class="annotation-legend-room no-print" aria-hidden="true"><span></span><span><span></span><span></span><span></span></span></div>',
    roomNoClasses: '<div style="display:grid;grid-template-columns:auto auto 1fr"><span style="width:7rem;min-height:2.75rem"></span><span></span><span style="display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5rem,max-content))"><span style="min-height:2.75rem"></span><span></span><span></span></span></div>',
    roomFixedTracks: '<div style="display:grid;grid-template-columns:auto auto 1fr"><span style="width:7rem;min-height:2.75rem"></span><span></span><span style="display:grid;grid-template-columns:repeat(auto-fill,6.5rem)"><span style="min-height:2.75rem"></span><span></span><span></span></span></div>',
    flexRoom: '<div style="display:flex;flex-wrap:wrap"><span style="width:7rem;min-height:2.75rem"></span><span style="width:6.5rem;min-height:2.75rem"></span><span style="width:6.5rem"></span><span style="width:6.5rem"></span></div>',
    oneDiv: '<div style="min-height:2.75rem"></div>',
  }
  const names = Object.keys(variants)
  const res: Record<string, number[]> = {}
  for (const n of names) res[n] = []
  for (let i = 0; i < runs + 40; i++) {
    for (const n of names) {
      await settle()
      const d = document.createElement('div')
      stage.replaceChildren(d)
      void stage.getBoundingClientRect().height
      const t0 = performance.now()
      d.innerHTML = variants[n]!
      void d.getBoundingClientRect().height
      if (i >= 40) res[n]!.push(performance.now() - t0)
    }
  }
  const out: Record<string, string> = {}
  for (const n of names) out[n] = median(res[n]!).toFixed(3)
  return out
}
declare global { interface Window { probeHtml: typeof probeHtml } }
window.probeHtml = probeHtml
async function loop(scale: number, which: string, n: number) {
  const { article, annotations } = generateArticle(scale)
  const qc = new QueryClient()
  qc.setQueryData(annotationsQuery.queryKey, { articleId: article.id, annotations })
  const el = which === 'plain' ? <QueryClientProvider client={qc}><AnnotationLegendRoom /><div><ArticleView article={article} /></div></QueryClientProvider> : <QueryClientProvider client={qc}><AnnotatedArticle article={article} /></QueryClientProvider>
  for (let i = 0; i < n; i++) { timed(el); if (i % 20 === 0) await settle() }
}
declare global { interface Window { loop: typeof loop } }
window.loop = loop
async function laps(scale: number, n: number) {
  const g = globalThis as unknown as { T: Record<string, number> }
  await loop(scale, 'annotated', 300)
  g.T = {}
  await loop(scale, 'annotated', n)
  return Object.fromEntries(Object.entries(g.T).map(([k, v]) => [k, ((v / n) * 1000).toFixed(1) + ' us']))
}
declare global { interface Window { laps: typeof laps } }
window.laps = laps
