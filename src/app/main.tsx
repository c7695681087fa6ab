import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createQueryClient } from './queryClient'
import { readPrerenderedState } from './prerenderedState'
import { Root } from './Root'
import { showStartupFailure } from './startupFailure'
import './styles/index.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const state = readPrerenderedState(document)
const app = <Root queryClient={createQueryClient()} state={state} />
// An error no boundary caught has emptied the page: say so, with a way to reload.
const onUncaughtError = (error: unknown) => showStartupFailure(document, error)

// Prerendered HTML is hydrated; the plain shell (dev server, or a damaged cache) renders from scratch.
// Hydrating inside a transition lets React yield to the browser every few milliseconds, so a
// reader's tap or scroll is never stuck behind the whole page's hydration.
if (state && container.hasChildNodes()) {
  startTransition(() => {
    hydrateRoot(container, app, { onUncaughtError })
  })
} else {
  container.replaceChildren()
  createRoot(container, { onUncaughtError }).render(app)
}
