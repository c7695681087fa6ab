import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One quick retry absorbs a dropped packet; after that the reader decides (Retry button).
        retry: 1,
        retryDelay: 400,
        refetchOnWindowFocus: false,
      },
    },
  })
}
