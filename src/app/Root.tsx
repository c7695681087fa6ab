import { StrictMode } from 'react'
import { HydrationBoundary, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { DehydratedState } from '@tanstack/react-query'
import { App } from './App'

interface RootProps {
  queryClient: QueryClient
  state?: DehydratedState
}

/** The same tree is rendered by the prerender step and hydrated in the browser. */
export function Root({ queryClient, state }: RootProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HydrationBoundary state={state}>
          <App />
        </HydrationBoundary>
      </QueryClientProvider>
    </StrictMode>
  )
}
