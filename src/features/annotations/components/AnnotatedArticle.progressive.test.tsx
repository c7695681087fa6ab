import { screen, within } from '@testing-library/react'
import { Profiler } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RenderedFromHtml } from '../../../shared/ui/renderedFromHtml'
import { FIRST_SCREEN_CHARACTERS } from '../progressive/markingSteps'
import { fixtureAnnotations, fixtureArticle } from '../testing/fixtures'
import { annotatedArticlePage, jsonResponses } from '../testing/renderAnnotatedArticle'

// Two screens of text between the fixture's first paragraph (Anna Berg, the Ledger Wire) and its
// last (the treaty of 1969), so the treaty is beyond the first screen.
const filler = 'The delegations spoke at length about roads, rivers and railways. '.repeat(8)
const longArticle = {
  ...fixtureArticle,
  paragraphs: [
    fixtureArticle.paragraphs[0] as string,
    ...Array.from(
      { length: Math.ceil((2 * FIRST_SCREEN_CHARACTERS) / filler.length) },
      () => filler,
    ),
    fixtureArticle.paragraphs[1] as string,
  ],
}

const phraseButton = (name: string) => screen.queryByRole('button', { name })

let root: Root | undefined
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }

// Rendered the way the app renders without prerendered HTML: outside act(), which would run every
// step before the test could look.
beforeEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false
})

afterEach(() => {
  flushSync(() => root?.unmount())
  root = undefined
  document.body.replaceChildren()
  window.history.replaceState(null, '', '/')
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true
})

function renderFirstRender(options: Parameters<typeof annotatedArticlePage>[0] = {}) {
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  flushSync(() => root?.render(annotatedArticlePage({ article: longArticle, ...options })))
}

const treatyParagraph = () => screen.getByText(/The treaty of 1969 still shapes the border/)
const phraseCount = () => screen.queryAllByRole('button', { name: /Anna Berg|Ledger Wire|treaty/ })

describe('AnnotatedArticle: a long article hydrated from prerendered HTML', () => {
  it('has every mark and the index at once, and renders once', () => {
    const page = (onRender = () => {}) => (
      <RenderedFromHtml value>
        <Profiler id="article" onRender={onRender}>
          {annotatedArticlePage({ article: longArticle })}
        </Profiler>
      </RenderedFromHtml>
    )
    const container = document.body.appendChild(document.createElement('div'))
    container.innerHTML = renderToString(page())
    const onRecoverableError = vi.fn()
    const onRender = vi.fn()

    flushSync(() => {
      root = hydrateRoot(container, page(onRender), { onRecoverableError })
    })

    for (const name of ['Anna Berg', 'Ledger Wire', 'treaty of 1969']) {
      expect(phraseButton(name)).toBeInTheDocument()
    }
    expect(screen.getByRole('region', { name: 'In this article' })).toBeInTheDocument()
    expect(onRecoverableError).not.toHaveBeenCalled()
    // No second render of the whole article right after hydration.
    expect(onRender).toHaveBeenCalledTimes(1)
  })
})

describe('AnnotatedArticle: a long article rendered on the client', () => {
  it('marks the first screen in its first render, and the rest right after', async () => {
    renderFirstRender()
    expect(phraseButton('Anna Berg')).toBeInTheDocument()
    expect(phraseButton('Ledger Wire')).toBeInTheDocument()
    // The words are there, as plain text for now.
    expect(within(treatyParagraph()).queryByRole('button')).toBeNull()
    expect(screen.queryByRole('region', { name: 'In this article' })).not.toBeInTheDocument()

    await screen.findByRole('button', { name: 'treaty of 1969' })
    const index = await screen.findByRole('region', { name: 'In this article' })
    expect(index).toHaveTextContent('The 1969 treaty')
  })

  it('marks annotations that arrive after the article in the same steps', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      jsonResponses({ articleId: fixtureArticle.id, annotations: fixtureAnnotations }),
    )
    renderFirstRender({ annotations: null })
    expect(phraseCount()).toHaveLength(0)
    await screen.findByRole('button', { name: 'Anna Berg' })
    await screen.findByRole('button', { name: 'treaty of 1969' })
    expect(phraseCount()).toHaveLength(3)
    await screen.findByRole('region', { name: 'In this article' })
  })

  it('opens the card a #hash names beyond the first screen', async () => {
    window.history.replaceState(null, '', '/#treaty-1969')
    renderFirstRender()
    expect(await screen.findByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    expect(phraseButton('treaty of 1969')).toHaveFocus()
  })
})
