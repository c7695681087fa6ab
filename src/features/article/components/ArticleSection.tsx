import type { ComponentProps } from 'react'
import { useQuery } from '@tanstack/react-query'
import { LoadError } from '../../../shared/ui/LoadError'
import { articleQuery } from '../api/articleQuery'
import { ArticleSkeleton } from './ArticleSkeleton'
import { ArticleView } from './ArticleView'

type ArticleSectionProps = Omit<ComponentProps<typeof ArticleView>, 'article'>

/** The article with its loading and failure states. */
export function ArticleSection(props: ArticleSectionProps) {
  const { data, error, isPending, isFetching, refetch } = useQuery(articleQuery)
  if (isPending) return <ArticleSkeleton />
  if (error) {
    return (
      <LoadError
        what="the article"
        error={error}
        isRetrying={isFetching}
        onRetry={() => void refetch()}
      />
    )
  }
  return <ArticleView article={data} {...props} />
}
