import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RenderedFromHtml } from '../../../shared/ui/renderedFromHtml'
import { fixtureArticle } from '../testing/fixtures'
import { annotatedArticlePage, renderAnnotatedArticle } from '../testing/renderAnnotatedArticle'

// Renders of each block's marked text, by the block's first words. Rendering work is what a reader
// of a long article feels, so it is counted here; everything else is tested as the reader sees it.
const renders = vi.hoisted(() => new Map<string, number>())

vi.mock('./MarkedText', async (importOriginal) => {
  const { createElement, memo } = await import('react')
  const { MarkedText } = await importOriginal<typeof import('./MarkedText')>()
  // Memoised like the original, so it renders exactly when the original would.
  const CountedMarkedText = memo(function CountedMarkedText(
    props: ComponentProps<typeof MarkedText>,
  ) {
    const block = props.segments
      .map(({ text }) => text)
      .join('')
      .slice(0, 16)
    renders.set(block, (renders.get(block) ?? 0) + 1)
    return createElement(MarkedText, props)
  })
  return { MarkedText: CountedMarkedText }
})

const phrase = (name: string) => screen.getByRole('button', { name })
const rendered = () => Object.fromEntries(renders)

let root: Root | undefined

beforeEach(() => renders.clear())

// The fixture's masthead ("The Daily Ledger") has no phrase: it stays plain text, with no marked
// text to render, and never appears in these counts.
describe('AnnotatedArticle: rendering work', () => {
  it('renders again only the paragraphs whose phrases change when a card opens or moves', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await screen.findByRole('heading', { name: 'In this article' })
    expect(rendered()).toEqual({ 'Defence Minister': 1, 'The treaty of 19': 1 })

    renders.clear()
    await user.click(phrase('treaty of 1969'))
    expect(screen.getByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    expect(rendered()).toEqual({ 'The treaty of 19': 1 })

    renders.clear()
    await user.click(phrase('Anna Berg'))
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(rendered()).toEqual({ 'The treaty of 19': 1, 'Defence Minister': 1 })
  })

  it('hydrates each block once, with its phrases working', async () => {
    const page = () => (
      <RenderedFromHtml value>{annotatedArticlePage({ article: fixtureArticle })}</RenderedFromHtml>
    )
    const container = document.body.appendChild(document.createElement('div'))
    container.innerHTML = renderToString(page())
    renders.clear()
    act(() => {
      root = hydrateRoot(container, page())
    })
    expect(await screen.findByRole('button', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(rendered()).toEqual({ 'Defence Minister': 1, 'The treaty of 19': 1 })
    act(() => root?.unmount())
    container.remove()
  })

  it('renders every block with phrases again when the reader switches a kind off', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await screen.findByRole('heading', { name: 'In this article' })
    renders.clear()
    await user.click(screen.getByRole('checkbox', { name: /People/ }))
    expect(screen.queryByRole('button', { name: 'Anna Berg' })).not.toBeInTheDocument()
    expect(rendered()).toEqual({ 'Defence Minister': 1, 'The treaty of 19': 1 })
  })
})
