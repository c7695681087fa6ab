import { readFileSync } from 'node:fs'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Article } from '../api/articleSchema'
import { ArticleView } from './ArticleView'

const article = JSON.parse(readFileSync('public/content/article.json', 'utf8')) as Article

/** What follows a block, as another feature (an annotation's card) would put it there. */
function renderWithAsideAfter(blockId: string) {
  render(
    <ArticleView
      article={article}
      renderAfter={(id) => id === blockId && <section aria-label="Aside">Aside</section>}
    />,
  )
  return screen.getByRole('region', { name: 'Aside' })
}

const follows = (first: Node, second: Node) =>
  !!(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING)

describe('ArticleView', () => {
  it('links to the paper’s own site under the headline, named by its address', () => {
    render(<ArticleView article={article} />)
    expect(screen.getByRole('link', { name: 'themoscowtimes.com' })).toHaveAttribute(
      'href',
      'https://www.themoscowtimes.com/',
    )
  })

  it('puts what follows a paragraph right after it, before the next', () => {
    const aside = renderWithAsideAfter('p2')
    const [, second, third] = screen.getAllByText((_, element) =>
      article.paragraphs.includes(element?.textContent ?? ''),
    )
    expect(second?.nextElementSibling).toBe(aside)
    expect(follows(aside, third as HTMLElement)).toBe(true)
  })

  it('puts what follows the publisher’s line after the headline and date, so no heading precedes the <h1>', () => {
    const aside = renderWithAsideAfter('publisher')
    expect(follows(screen.getByRole('heading', { level: 1 }), aside)).toBe(true)
    expect(follows(screen.getByText(article.published.label), aside)).toBe(true)
    expect(follows(aside, screen.getByText(article.paragraphs[0] as string))).toBe(true)
  })
})
