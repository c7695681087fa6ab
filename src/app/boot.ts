/**
 * The page's only script. The prerendered article paints on its own; the app's code is fetched
 * and hydrated after that paint, so JavaScript never stands between a reader and the story.
 * An empty shell (the dev server, or a build without the prerender) has nothing to paint and
 * starts the app at once.
 */
import { afterFirstPaint } from './afterFirstPaint'
import { showStartupFailure } from './startupFailure'

const isPrerendered = document.getElementById('root')?.hasChildNodes() ?? false

;(isPrerendered ? afterFirstPaint() : Promise.resolve())
  .then(() => import('./main'))
  .catch((error: unknown) => showStartupFailure(document, error))
