import { renderToString } from 'react-dom/server'
import { dehydrate } from '@tanstack/react-query'
import { createQueryClient } from '../app/queryClient'
import { Root } from '../app/Root'
import { serializeState } from '../app/prerenderedState'
import { AppealWithoutScript, appealSchema } from '../features/appeal'
import { parseDocument } from '../shared/content'
import { WritingHtml } from '../shared/ui/renderedFromHtml'
import { prerenderedDocuments } from './prerenderedDocuments'

export interface RenderedPage {
  appHtml: string
  stateJson: string
  /** The appeal, whole, for readers the app cannot reach; written after the app's root. */
  appealHtml: string
}

/**
 * Renders the page at build time with the content the first paint needs already in the
 * query cache, so the browser hydrates it without fetching anything first.
 * A document that fails its schema fails the build: a broken page is never published.
 */
export async function renderPage(
  readDocument: (name: string) => Promise<unknown>,
): Promise<RenderedPage> {
  const queryClient = createQueryClient()
  for (const { name, prefill } of prerenderedDocuments) {
    prefill(queryClient, await readDocument(name))
  }
  const appHtml = renderToString(
    <WritingHtml value>
      <Root queryClient={queryClient} fromHtml />
    </WritingHtml>,
  )
  const appeal = parseDocument('appeal', appealSchema, await readDocument('appeal'))
  const appealHtml = renderToString(<AppealWithoutScript appeal={appeal} />)
  return { appHtml, stateJson: serializeState(dehydrate(queryClient)), appealHtml }
}
