import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { LoadError } from '../../../shared/ui/LoadError'
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
  const { data, error, isPending, isFetching, refetch } = useQuery(articleQuery)
  if (isPending) return <ArticleSkeleton />
  if (error) {
    return (
      <LoadError
        interrupt
        what="the article"
        error={error}
        isRetrying={isFetching}
        onRetry={() => void refetch()}
      />
    )
  }
  return children(data)
}
