import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RenderedFromHtml, WritingHtml } from '../../../shared/ui/renderedFromHtml'
import { annotatedArticlePage } from '../testing/renderAnnotatedArticle'
import { activatePrerenderedControls } from './prerenderedControls'

const PHRASES = ['Anna Berg', 'Ledger Wire', 'treaty of 1969']

let root: Root | undefined

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.replaceChildren()
})

/** The page as the prerender writes it, in the document as a reader without JavaScript gets it. */
function showPrerenderedPage(): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'))
  container.innerHTML = renderToString(
    <WritingHtml value>
      <RenderedFromHtml value>{annotatedArticlePage()}</RenderedFromHtml>
    </WritingHtml>,
  )
  return container
}

describe('AnnotatedArticle: the prerendered page', () => {
  it('shows the phrases as marked text, not as buttons that need the script', () => {
    showPrerenderedPage()
    // jsdom does not implement inert; browsers take the switches out of reach (see the e2e tests).
    expect(screen.getByRole('group', { name: 'Show annotations' })).toHaveAttribute('inert')
    for (const name of PHRASES) {
      expect(screen.getByRole('article')).toHaveTextContent(name)
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
    }
    // The index after the story still gives every annotation's context.
    expect(screen.getByRole('region', { name: 'In this article' })).toHaveTextContent(
      'The 1969 treaty',
    )
  })

  it('hydrates with working phrase buttons and switches, and not one mismatch', async () => {
    const user = userEvent.setup()
    const container = showPrerenderedPage()
    // React's development build reports every attribute that differs from the HTML it hydrates.
    const consoleError = vi.spyOn(console, 'error')
    const onRecoverableError = vi.fn()

    activatePrerenderedControls(container)
    act(() => {
      root = hydrateRoot(
        container,
        <RenderedFromHtml value>{annotatedArticlePage()}</RenderedFromHtml>,
        {
          onRecoverableError,
        },
      )
    })

    for (const name of PHRASES) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-expanded', 'false')
    }
    await user.click(screen.getByRole('button', { name: 'Anna Berg' }))
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Show annotations' })).not.toHaveAttribute('inert')
    await user.click(screen.getByRole('checkbox', { name: /People/ }))
    expect(screen.queryByRole('button', { name: 'Anna Berg' })).not.toBeInTheDocument()
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(consoleError).not.toHaveBeenCalled()
  })
})
