import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { LoadError } from '../../../shared/ui/LoadError'
import { useShownLoadError } from '../../../shared/ui/useShownLoadError'
import { articleQuery } from '../api/articleQuery'
import type { Article } from '../api/articleSchema'
import { ArticleSkeleton } from './ArticleSkeleton'
import { ArticleView } from './ArticleView'

interface ArticleSectionProps {
  /** Renders the loaded article; the app shell uses it to add annotations. Plain view by default. */
  children?: (article: Article) => ReactNode
}

/** The article with its loading and failure states. */
export function ArticleSection({
  children = (article) => <ArticleView article={article} />,
}: ArticleSectionProps) {
  const query = useQuery(articleQuery)
  const { data, isFetching, refetch } = query
  const failure = useShownLoadError(query)
  if (failure) {
    return (
      <LoadError
        interrupt
        what="the article"
        failure={failure}
        isRetrying={isFetching}
        onRetry={() => void refetch()}
      />
    )
  }
  if (data === undefined) return <ArticleSkeleton />
  return children(data)
}
