import './article.css'
import { Fragment, type ReactNode } from 'react'
import type { Article } from '../api/articleSchema'
import { articleTextBlocks } from '../api/articleTextBlocks'

interface ArticleViewProps {
  article: Article
  /** Lets another feature (annotations) render a text block; plain text otherwise. */
  renderText?: (text: string, blockId: string) => ReactNode
  /**
   * Lets another feature put something right after a text block, in reading order (an annotation's
   * card, after the paragraph that holds its phrase). After the publisher's line, it comes at the
   * masthead's end: before the headline, a card's heading came before the page's <h1>.
   */
  renderAfter?: (blockId: string) => ReactNode
  /**
   * The article's controls (the annotation switches), shown at the header's end, after the date
   * line and anything renderAfter put there: the page opens on the paper's name and the headline.
   */
  headerEnd?: ReactNode
  /** Shown after the story, inside the article (the annotation index, for one). */
  footer?: ReactNode
}

/** "themoscowtimes.com" for https://www.themoscowtimes.com/: the address as readers say it. */
function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}

export function ArticleView({
  article,
  renderText = (text) => text,
  renderAfter = () => null,
  headerEnd,
  footer,
}: ArticleViewProps) {
  const [publisher, ...paragraphs] = articleTextBlocks(article)
  return (
    <article aria-labelledby="article-headline">
      <header className="article__header">
        {publisher && (
          <p className="article__publisher kicker">{renderText(publisher.text, publisher.id)}</p>
        )}
        <h1 id="article-headline" className="article__headline">
          {article.headline}
        </h1>
        <p className="article__meta">
          {/* The space is inside the date, so that the line copies as two words. After the date, it
              ended the line while the link's text had not arrived, and moved when it came. */}
          <time dateTime={article.published.datetime}>{`${article.published.label} `}</time>
          {/* The paper's own site, where the story first ran; the dot before it is the stylesheet's. */}
          <a href={article.publisher.url}>{siteName(article.publisher.url)}</a>
        </p>
        {publisher && renderAfter(publisher.id)}
        {headerEnd}
      </header>
      <div className="article__body">
        {paragraphs.map((block) => (
          <Fragment key={block.id}>
            <p>{renderText(block.text, block.id)}</p>
            {renderAfter(block.id)}
          </Fragment>
        ))}
      </div>
      {footer}
    </article>
  )
}
