import { queryOptions } from '@tanstack/react-query'
import { fetchDocument } from '../../../shared/content'
import { annotationsDocumentSchema } from './annotationSchema'

export const annotationsQuery = queryOptions({
  queryKey: ['content', 'annotations'],
  queryFn: ({ signal }) => fetchDocument('annotations', annotationsDocumentSchema, signal),
  // Static content, like the article: once loaded it does not go stale.
  staleTime: Infinity,
})
