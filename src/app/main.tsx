import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createQueryClient } from './queryClient'
import { readPrerenderedState } from './prerenderedState'
import { Root } from './Root'
import { showStartupFailure } from './startupFailure'
import './styles/index.css'

/**
 * Hydrates the prerendered page, or renders into the plain shell (the dev server, or a damaged
 * cache). The boot script calls it in a task of its own, after this module and its libraries
 * have been evaluated in another: neither task is long enough to hold up a reader's tap.
 */
export function startApp(doc: Document = document): void {
  const container = doc.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')

  const state = readPrerenderedState(doc)
  const hydrating = Boolean(state && container.hasChildNodes())
  const app = <Root queryClient={createQueryClient()} state={state} fromHtml={hydrating} />
  // An error no boundary caught has emptied the page: say so, with a way to reload.
  const onUncaughtError = (error: unknown) => showStartupFailure(doc, error)

  if (hydrating) {
    // In a transition React yields to the browser every few milliseconds, so a reader's tap or
    // scroll is never stuck behind the whole page's hydration.
    startTransition(() => {
      hydrateRoot(container, app, { onUncaughtError })
    })
  } else {
    container.replaceChildren()
    createRoot(container, { onUncaughtError }).render(app)
  }
}
