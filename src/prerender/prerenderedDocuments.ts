import type { QueryClient } from '@tanstack/react-query'
import { articleQuery, articleSchema } from '../features/article'
import { annotationsDocumentSchema, annotationsQuery } from '../features/annotations'
import { parseDocument } from '../shared/content'

interface PrerenderedDocument {
  /** The file name in public/content, without .json. */
  name: string
  /** Validates the document and puts it in the query cache under the key the app reads. */
  prefill: (queryClient: QueryClient, json: unknown) => void
}

/** What the first paint needs. The appeal is left out: it shows only after the reader's storage is read. */
export const prerenderedDocuments: PrerenderedDocument[] = [
  {
    name: 'article',
    prefill: (queryClient, json) =>
      queryClient.setQueryData(
        articleQuery.queryKey,
        parseDocument('article', articleSchema, json),
      ),
  },
  {
    // The marked phrases and the index are in the first paint; cards open only on the client.
    name: 'annotations',
    prefill: (queryClient, json) =>
      queryClient.setQueryData(
        annotationsQuery.queryKey,
        parseDocument('annotations', annotationsDocumentSchema, json),
      ),
  },
]
