import { screen } from '@testing-library/react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIRST_SCREEN_CHARACTERS } from '../progressive/markingSteps'
import { fixtureArticle } from '../testing/fixtures'
import { annotatedArticlePage } from '../testing/renderAnnotatedArticle'

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

function renderFirstRender() {
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  flushSync(() => root?.render(annotatedArticlePage({ article: longArticle })))
}

describe('AnnotatedArticle: a long article rendered on the client', () => {
  it('marks the first screen in its first render, and the rest right after', async () => {
    renderFirstRender()
    expect(phraseButton('Anna Berg')).toBeInTheDocument()
    expect(phraseButton('Ledger Wire')).toBeInTheDocument()
    expect(phraseButton('treaty of 1969')).not.toBeInTheDocument()
    expect(screen.getByText(/The treaty of 1969 still shapes the border/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'In this article' })).not.toBeInTheDocument()

    expect(await screen.findByRole('button', { name: 'treaty of 1969' })).toBeInTheDocument()
    const index = await screen.findByRole('region', { name: 'In this article' })
    expect(index).toHaveTextContent('The 1969 treaty')
  })

  it('opens the card a #hash names beyond the first screen', async () => {
    window.history.replaceState(null, '', '/#treaty-1969')
    renderFirstRender()
    expect(await screen.findByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    expect(phraseButton('treaty of 1969')).toHaveFocus()
  })
})
