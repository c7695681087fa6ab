import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockContentFetch } from '../../../../tests/unit/mockFetch'
import { renderWithQueryClient } from '../../../../tests/unit/renderWithQueryClient'
import type { Article } from '../api/articleSchema'
import { ArticleSection } from './ArticleSection'

const article = JSON.parse(readFileSync('public/content/article.json', 'utf8')) as Article

afterEach(() => vi.unstubAllGlobals())

describe('ArticleSection', () => {
  it('shows a loading state, then the headline, publisher, date and every paragraph verbatim', async () => {
    mockContentFetch({ article: [{ body: article }] })
    renderWithQueryClient(<ArticleSection />)

    expect(screen.getByRole('status')).toHaveTextContent('Loading the article…')

    const story = await screen.findByRole('article')
    expect(within(story).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Russia and China Vow to Tighten Military Ties',
    )
    expect(within(story).getByText('The Moscow Times')).toBeInTheDocument()
    expect(within(story).getByText('November 2014')).toHaveAttribute('datetime', '2014-11')
    // Copied, the date line is two words apart: its dot is the stylesheet's, the space is not.
    expect(within(story).getByText('November 2014').parentElement?.textContent).toBe(
      'November 2014 themoscowtimes.com',
    )
    const paragraphs = within(story)
      .getAllByRole('paragraph')
      .map((p) => p.textContent)
    for (const text of article.paragraphs) expect(paragraphs).toContain(text)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('says clearly that a malformed document is damaged, instead of showing a blank page', async () => {
    mockContentFetch({ article: [{ body: { ...article, paragraphs: 'not a list' } }] })
    renderWithQueryClient(<ArticleSection />)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('We couldn’t load the article.')
    expect(alert).toHaveTextContent('damaged')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
  })

  it('shows a failed request with a Retry button that loads the article', async () => {
    const user = userEvent.setup()
    const fetchMock = mockContentFetch({ article: [{ status: 500, body: {} }, { body: article }] })
    renderWithQueryClient(<ArticleSection />)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'We couldn’t load the article. The server had a problem. Try again in a moment.',
    )
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(article.headline)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('keeps the focus on Retry while it runs, says when it failed again, then gives the focus to the page', async () => {
    const user = userEvent.setup()
    const pending: ((reply: Response) => void)[] = []
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => pending.push(resolve)))
    vi.stubGlobal('fetch', fetchMock)
    const answer = async (status: number, body: unknown) => {
      await waitFor(() => expect(pending).toHaveLength(1))
      pending.shift()?.(Response.json(body, { status }))
    }
    renderWithQueryClient(
      <main>
        <ArticleSection />
      </main>,
    )
    await answer(500, {})
    const alert = await screen.findByRole('alert')
    await user.tab()
    const retry = within(alert).getByRole('button', { name: 'Retry' })
    expect(retry).toHaveFocus()

    await user.keyboard('{Enter}')
    expect(retry).toHaveAccessibleName('Retrying…')
    expect(retry).toHaveAttribute('aria-disabled', 'true')
    expect(retry).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(fetchMock).toHaveBeenCalledTimes(2)

    await answer(503, {})
    await waitFor(() => expect(alert).toHaveTextContent('We still couldn’t load the article.'))
    expect(screen.getByRole('alert')).toBe(alert)
    expect(retry).toHaveAccessibleName('Retry')
    expect(retry).toHaveFocus()

    await user.keyboard('{Enter}')
    await answer(200, article)
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(article.headline)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('lets the shell decorate the loaded article', async () => {
    mockContentFetch({ article: [{ body: article }] })
    renderWithQueryClient(
      <ArticleSection>{(loaded) => <p>{loaded.paragraphs.length} paragraphs</p>}</ArticleSection>,
    )
    expect(await screen.findByText('8 paragraphs')).toBeInTheDocument()
  })
})
