import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { hydrate, type QueryClient } from '@tanstack/react-query'
import { activatePrerenderedControls, annotationsQuery } from '../features/annotations'
import { articleQuery } from '../features/article'
import { createQueryClient } from './queryClient'
import { readPrerenderedState } from './prerenderedState'
import { Root } from './Root'
import { removeStalledNotice } from './stalledNotice'
import { showStartupFailure } from './startupFailure'
import './styles/index.css'

/**
 * Hydrates the prerendered page, or renders into the plain shell (the dev server, or a build
 * without the prerender). The boot script calls it in a task of its own, after this module and its
 * libraries have been evaluated in another: neither task is long enough to hold up a reader's tap.
 */
export async function startApp(doc: Document = document): Promise<void> {
  const container = doc.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')

  const queryClient = createQueryClient()
  const fromHtml = container.hasChildNodes()
  const state = readPrerenderedState(doc)
  // Once, before the first render. TanStack Query's HydrationBoundary does the same, for state
  // that may arrive again on later renders, which this page never has: 182 bytes gzip more.
  if (state) hydrate(queryClient, state)
  else if (fromHtml) await refetchPrerenderedContent(queryClient)

  const app = <Root queryClient={queryClient} fromHtml={fromHtml} />
  // An error no boundary caught has emptied the page: say so, with a way to reload.
  const onUncaughtError = (error: unknown) => showStartupFailure(doc, error)
  // What React recovered from by rendering again (hydration that did not match the HTML: content
  // fetched after a damaged cache that changed since the build) leaves the page whole. It is
  // logged as an error, for the maintainer and the browser tests, not reported as an uncaught one,
  // as React does by default.
  const onRecoverableError = (error: unknown, { componentStack }: { componentStack?: string }) =>
    console.error('React rendered again after a recoverable error:', error, componentStack ?? '')

  removeStalledNotice(doc)
  if (fromHtml) {
    activatePrerenderedControls(container)
    // In a transition React yields to the browser every few milliseconds, so a reader's tap or
    // scroll is never stuck behind the whole page's hydration.
    startTransition(() => {
      hydrateRoot(container, app, { onUncaughtError, onRecoverableError })
    })
  } else {
    createRoot(container, { onUncaughtError }).render(app)
  }
}

/**
 * The HTML holds the story but its query cache is damaged: fetch what the cache carried, then
 * hydrate as usual, rather than empty a page the reader may already be reading. Both must arrive:
 * the HTML carries the marks, which hydrating without the annotations would not match. Should
 * either fail, this throws: the prerendered page stays as it is, readable, its phrases marked text
 * rather than buttons and its switches inert, and the boot script says that the rest could not
 * start.
 */
async function refetchPrerenderedContent(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.fetchQuery(articleQuery),
    queryClient.fetchQuery(annotationsQuery),
  ])
}
