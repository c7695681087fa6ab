import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { parse } from 'valibot'
import published from '../../public/content/appeal.json'
import { AppealWithoutScript, appealSchema } from '../features/appeal'
import { showStartupFailure } from './startupFailure'

function prerenderedPage() {
  document.body.innerHTML =
    '<main id="main"><article><h1>Russia and China Vow to Tighten Military Ties</h1></article></main>'
}

function emptyShell() {
  document.body.innerHTML = '<div id="root"></div>'
}

describe('showStartupFailure', () => {
  it('tells the reader politely, above the story, that the extras did not start', async () => {
    prerenderedPage()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)

    showStartupFailure(document, new TypeError('Failed to fetch dynamically imported module'))

    const notice = screen.getByRole('status')
    expect(screen.getByRole('main').firstElementChild).toBe(notice)
    // The text arrives after the live region exists, so screen readers announce it.
    expect(notice).toBeEmptyDOMElement()
    expect(
      await within(notice).findByText(
        'The story below is complete. Reload the page to try again.',
        { exact: false },
      ),
    ).toHaveTextContent('The annotations couldn’t start.')
    expect(within(notice).getByRole('button', { name: 'Reload' })).toBeEnabled()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Russia and China Vow to Tighten Military Ties',
    )
    expect(console.error).toHaveBeenCalledWith('The app could not start:', expect.any(TypeError))
  })

  it('replaces the page’s own "taking a long time to start" notice, keeping the focus on the story', () => {
    document.body.innerHTML =
      '<div id="startup-stalled" role="status"><p>The annotations are taking a long time to start. ' +
      '<a href="/">Reload the page</a></p></div>' +
      '<main id="main"><article><h1>Headline</h1></article></main>'
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    screen.getByRole('link', { name: 'Reload the page' }).focus()

    showStartupFailure(document, new TypeError('Failed to fetch dynamically imported module'))

    expect(screen.queryByText(/taking a long time to start/)).not.toBeInTheDocument()
    expect(screen.getAllByRole('status')).toHaveLength(1)
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('does not promise a story that is not on the page', async () => {
    emptyShell()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)

    showStartupFailure(document, new Error('offline'))

    const notice = screen.getByRole('status')
    await waitFor(() =>
      expect(notice).toHaveTextContent(
        'The page couldn’t start. Check that you are online, then reload the page.',
      ),
    )
  })

  it('shows the appeal the build wrote after the story, since the app will not dock it', () => {
    prerenderedPage()
    // As the build writes it after the story (src/prerender/renderPage.tsx).
    const appeal = parse(appealSchema, published)
    document.body.insertAdjacentHTML(
      'beforeend',
      renderToString(createElement(AppealWithoutScript, { appeal })),
    )
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()

    showStartupFailure(document, new TypeError('Failed to fetch dynamically imported module'))

    const shown = screen.getByRole('complementary', { name: appeal.heading })
    expect(within(shown).getByRole('link', { name: appeal.donate.label })).toBeVisible()
  })

  it('says it once, however many times startup fails', () => {
    prerenderedPage()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)

    showStartupFailure(document, new Error('first'))
    showStartupFailure(document, new Error('second'))

    expect(screen.getAllByRole('status')).toHaveLength(1)
  })

  it('reloads the page from its button', async () => {
    prerenderedPage()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const reload = vi.fn()
    const view = document.defaultView
    if (!view) throw new Error('jsdom has no window')
    vi.spyOn(view, 'location', 'get').mockReturnValue({ ...view.location, reload })

    showStartupFailure(document, new Error('offline'))
    await userEvent.click(await screen.findByRole('button', { name: 'Reload' }))

    expect(reload).toHaveBeenCalledOnce()
  })
})
