import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { GenericSchema } from 'valibot'
import { articleQuery, articleSchema } from '../features/article'
import { annotationsDocumentSchema, annotationsQuery } from '../features/annotations'
import { parseDocument } from '../shared/content'

interface PrerenderedDocument {
  /** The file name in public/content, without .json. */
  name: string
  /** Validates the document and puts it in the query cache under the key the app reads. */
  prefill: (queryClient: QueryClient, json: unknown) => void
}

function prerendered(name: string, queryKey: QueryKey, schema: GenericSchema): PrerenderedDocument {
  return {
    name,
    prefill: (queryClient, json) =>
      queryClient.setQueryData(queryKey, parseDocument(name, schema, json)),
  }
}

/**
 * What the first paint needs: the story, and the annotations so the marked phrases and the index
 * are in it (cards open only on the client). The appeal is left out: it shows only after the
 * reader's storage is read.
 */
export const prerenderedDocuments: PrerenderedDocument[] = [
  prerendered('article', articleQuery.queryKey, articleSchema),
  prerendered('annotations', annotationsQuery.queryKey, annotationsDocumentSchema),
]
