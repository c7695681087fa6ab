import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { annaBerg, ledgerWire } from '../testing/fixtures'
import { jsonResponses, renderAnnotatedArticle } from '../testing/renderAnnotatedArticle'

declare global {
  interface Window {
    pwned?: () => void
  }
}

describe('hostile annotation content', () => {
  it('shows markup as text, runs nothing and renders no unsafe link', async () => {
    const pwned = vi.fn()
    window.pwned = pwned
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      jsonResponses({
        articleId: 'fixture-story',
        annotations: [
          {
            ...annaBerg,
            title: '<script>window.pwned()</script>',
            role: '<img src=x onerror="window.pwned()">',
            context: '<a href="javascript:window.pwned()">click</a>',
            nativeName: { text: '<b onmouseover="window.pwned()">x</b>', lang: 'ru' },
          },
          {
            ...ledgerWire,
            sources: [...ledgerWire.sources, { label: 'Run', url: 'javascript:window.pwned()' }],
          },
          {
            ...ledgerWire,
            id: 'data-link',
            sources: [{ label: 'Data', url: 'data:text/html,<script>window.pwned()</script>' }],
          },
        ],
      }),
    )
    const user = userEvent.setup()
    renderAnnotatedArticle({ annotations: null })
    await user.click(await screen.findByRole('button', { name: 'Anna Berg' }))

    const dialog = screen.getByRole('dialog', { name: '<script>window.pwned()</script>' })
    expect(within(dialog).getByText('<img src=x onerror="window.pwned()">')).toBeInTheDocument()
    await user.hover(within(dialog).getByText('<b onmouseover="window.pwned()">x</b>'))
    expect(pwned).not.toHaveBeenCalled()
    expect(document.querySelectorAll('script, img, b')).toHaveLength(0)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    // The cards with javascript: and data: links were dropped, so their phrase is plain text.
    expect(screen.queryByRole('button', { name: 'Ledger Wire' })).not.toBeInTheDocument()
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^(https:\/\/|#)/)
    }
    delete window.pwned
  })
})
