import { StrictMode } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RenderedFromHtml } from '../shared/ui/renderedFromHtml'
import { App } from './App'

interface RootProps {
  queryClient: QueryClient
  /** True for the prerender and for hydrating its HTML; false for a client render from nothing. */
  fromHtml: boolean
}

/** The same tree is rendered by the prerender step and hydrated in the browser. */
export function Root({ queryClient, fromHtml }: RootProps) {
  return (
    <StrictMode>
      <RenderedFromHtml value={fromHtml}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </RenderedFromHtml>
    </StrictMode>
  )
}
