import './article.css'
import type { ReactNode } from 'react'
import type { Article } from '../api/articleSchema'
import { articleTextBlocks } from '../api/articleTextBlocks'

interface ArticleViewProps {
  article: Article
  /** Lets another feature (annotations) render a text block; plain text otherwise. */
  renderText?: (text: string, blockId: string) => ReactNode
  /** Shown after the story, inside the article (the annotation index, for one). */
  footer?: ReactNode
}

export function ArticleView({ article, renderText = (text) => text, footer }: ArticleViewProps) {
  const [publisher, ...paragraphs] = articleTextBlocks(article)
  return (
    <article className="article" aria-labelledby="article-headline">
      <header className="article__header">
        {publisher && (
          <p className="article__publisher kicker">{renderText(publisher.text, publisher.id)}</p>
        )}
        <h1 id="article-headline" className="article__headline">
          {article.headline}
        </h1>
        <p className="article__meta">
          <time dateTime={article.published.datetime}>{article.published.label}</time>
        </p>
      </header>
      <div className="article__body">
        {paragraphs.map((block) => (
          <p key={block.id}>{renderText(block.text, block.id)}</p>
        ))}
      </div>
      {footer}
    </article>
  )
}
