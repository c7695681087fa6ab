import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { Article } from '../../article'
import { AnnotatedArticle } from '../components/AnnotatedArticle'
import { annotationsQuery } from '../api/annotationsQuery'
import type { Annotation } from '../api/annotationSchema'
import { fixtureAnnotations, fixtureArticle } from './fixtures'

interface Options {
  /** Put in the cache as if prerendered; leave out to make the component fetch (mock fetch then). */
  annotations?: Annotation[] | null
  article?: Article
}

/** The annotated article (the fixture's by default), then a control for the rest of the page. */
export function annotatedArticlePage({
  annotations = fixtureAnnotations,
  article = fixtureArticle,
}: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  if (annotations) {
    queryClient.setQueryData(annotationsQuery.queryKey, { articleId: article.id, annotations })
  }
  return (
    <QueryClientProvider client={queryClient}>
      <AnnotatedArticle article={article} />
      <button type="button">Next on the page</button>
    </QueryClientProvider>
  )
}

export function renderAnnotatedArticle(options: Options = {}) {
  return render(annotatedArticlePage(options))
}

/** A fetch that answers every request with this JSON body, one response per call. */
export function jsonResponses(...bodies: unknown[]) {
  let call = 0
  return () => {
    const body = bodies[Math.min(call++, bodies.length - 1)]
    return Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    )
  }
}
