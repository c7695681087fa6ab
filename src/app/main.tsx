import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createQueryClient } from './queryClient'
import { readPrerenderedState } from './prerenderedState'
import { Root } from './Root'
import './styles/index.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const state = readPrerenderedState(document)
const app = <Root queryClient={createQueryClient()} state={state} />

// Prerendered HTML is hydrated; the plain shell (dev server, or a damaged cache) renders from scratch.
// Hydrating inside a transition lets React yield to the browser every few milliseconds, so a
// reader's tap or scroll is never stuck behind the whole page's hydration.
if (state && container.hasChildNodes()) {
  startTransition(() => {
    hydrateRoot(container, app)
  })
} else {
  container.replaceChildren()
  createRoot(container).render(app)
}
