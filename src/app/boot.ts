/**
 * The page's only script. The prerendered article paints on its own; the app's code is fetched
 * and hydrated after that paint, so JavaScript never stands between a reader and the story.
 * An empty shell (the dev server, or a build without the prerender) has nothing to paint and
 * starts the app at once.
 */
import { hideSwitchedOffKinds } from '../features/annotations/beforeStart'
import { afterFirstPaint } from './afterFirstPaint'
import { keepFragmentOnReload } from './stalledNotice'
import { showStartupFailure } from './startupFailure'

const isPrerendered = document.getElementById('root')?.hasChildNodes() ?? false

// The reader's switches, kept from an earlier visit, apply to the marks long before the app can.
hideSwitchedOffKinds(document)
keepFragmentOnReload(document)

/** A fresh task, so the browser can paint or answer input between two long pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

;(isPrerendered ? afterFirstPaint() : Promise.resolve())
  // React DOM, the rest of the code and hydration each run in a task of their own: none is long
  // enough to hold up a tap on a slow phone.
  .then(() => import('react-dom/client'))
  .then(nextTask)
  .then(() => import('./main'))
  .then(async ({ startApp }) => {
    await nextTask()
    await startApp()
  })
  .catch((error: unknown) => showStartupFailure(document, error))
