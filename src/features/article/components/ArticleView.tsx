import './article.css'
import type { ReactNode } from 'react'
import type { Article } from '../api/articleSchema'

interface ArticleViewProps {
  article: Article
  /** Lets another feature (annotations) render a paragraph's text; plain text otherwise. */
  renderParagraph?: (text: string, index: number) => ReactNode
  /** Shown after the story, inside the article (the annotation index, for one). */
  footer?: ReactNode
}

export function ArticleView({ article, renderParagraph, footer }: ArticleViewProps) {
  return (
    <article className="article" aria-labelledby="article-headline">
      <header className="article__header">
        <p className="article__publisher">{article.publisher.name}</p>
        <h1 id="article-headline" className="article__headline">
          {article.headline}
        </h1>
        <p className="article__meta">
          <time dateTime={article.published.datetime}>{article.published.label}</time>
        </p>
      </header>
      <div className="article__body">
        {article.paragraphs.map((text, index) => (
          <p key={index}>{renderParagraph ? renderParagraph(text, index) : text}</p>
        ))}
      </div>
      {footer}
    </article>
  )
}
