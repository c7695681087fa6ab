import { queryOptions } from '@tanstack/react-query'
import { fetchDocument } from '../../../shared/content'
import { appealSchema } from './appealSchema'

/** Not prerendered: the appeal is fetched after hydration, once the reader's choices are known. */
export const appealQuery = queryOptions({
  queryKey: ['content', 'appeal'],
  queryFn: ({ signal }) => fetchDocument('appeal', appealSchema, signal),
  staleTime: Infinity,
})
