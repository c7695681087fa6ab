import type { Article } from './articleSchema'

/** A run of the article's text that other features may decorate (annotations anchor to these). */
export interface ArticleTextBlock {
  /** Stable within the article: "publisher", "p1" … "pN". */
  id: string
  text: string
}

/** The article's decoratable text in reading order: the publisher line, then each paragraph. */
export function articleTextBlocks(article: Article): ArticleTextBlock[] {
  return [
    { id: 'publisher', text: article.publisher.name },
    ...article.paragraphs.map((text, index) => ({ id: `p${index + 1}`, text })),
  ]
}
