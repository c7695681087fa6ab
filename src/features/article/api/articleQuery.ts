import { queryOptions } from '@tanstack/react-query'
import { fetchDocument } from '../../../shared/content'
import { articleSchema } from './articleSchema'

export const articleQuery = queryOptions({
  queryKey: ['content', 'article'],
  queryFn: ({ signal }) => fetchDocument('article', articleSchema, signal),
  // The article is a static document: once loaded it does not go stale.
  staleTime: Infinity,
})
