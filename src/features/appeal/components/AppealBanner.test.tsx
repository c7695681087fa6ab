import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import published from '../../../../public/content/appeal.json'
import { parse } from 'valibot'
import { appealQuery } from '../api/appealQuery'
import { appealSchema } from '../api/appealSchema'
import { AppealWithoutScript } from './AppealWithoutScript'

import { DAY_MS } from '../model/schedule'
import { DECISION_KEY } from '../model/storedDecision'
import { AppealBanner } from './AppealBanner'

const T0 = Date.parse('2026-11-27T10:00:00Z')
const HOUR = 60 * 60 * 1000
const [firstParagraph, ...laterParagraphs] = published.paragraphs

function page(queryClient: QueryClient) {
  return (
    <QueryClientProvider client={queryClient}>
      <main id="main">
        <p>The article.</p>
      </main>
      <AppealBanner returnFocusId="main" />
    </QueryClientProvider>
  )
}

/** The appeal already in the cache, so what the banner decides shows on the first render. */
function renderWithAppeal() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  queryClient.setQueryData(appealQuery.queryKey, published)
  return render(page(queryClient))
}

function renderFetching() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(page(queryClient))
  return queryClient
}

const banner = () => screen.queryByRole('region', { name: published.heading })
const status = () => screen.getByRole('status')
const button = (name: string) => screen.getByRole('button', { name })
const stored = () => JSON.parse(localStorage.getItem(DECISION_KEY) ?? 'null') as unknown

function store(choice: string, decidedAt: number) {
  localStorage.setItem(DECISION_KEY, JSON.stringify({ version: 1, choice, decidedAt }))
}

function blockStorage() {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
}

function respondWith(...bodies: unknown[]) {
  const fetchMock = vi.fn()
  for (const body of bodies) {
    fetchMock.mockImplementationOnce(async () =>
      body instanceof Error ? Promise.reject(body) : Response.json(body),
    )
  }
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T0)
})
afterEach(() => vi.unstubAllGlobals())

describe('AppealBanner', () => {
  it('shows the greeting and first paragraph, with the rest of the message behind a disclosure', async () => {
    const user = userEvent.setup()
    renderWithAppeal()
    const region = banner()
    expect(region).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: published.heading })).toBeVisible()
    expect(screen.getByText(published.greeting)).toBeVisible()
    expect(screen.getByText(firstParagraph ?? '')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Support The Moscow Times' })).toHaveAttribute(
      'href',
      'https://www.themoscowtimes.com/contribute',
    )
    for (const paragraph of laterParagraphs) expect(screen.getByText(paragraph)).not.toBeVisible()

    const more = button('Read the full message')
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    expect(more).toHaveAttribute('aria-expanded', 'true')
    for (const paragraph of laterParagraphs) expect(screen.getByText(paragraph)).toBeVisible()
    expect(region).not.toHaveAttribute('role', 'alert')
    expect(region).not.toHaveAttribute('aria-live')
  })

  it('shows each paragraph of a new copy once, in order, when paragraphs repeat', async () => {
    const user = userEvent.setup()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const copy = (paragraphs: string[]) => ({ ...published, paragraphs: ['Lead.', ...paragraphs] })
    queryClient.setQueryData(appealQuery.queryKey, copy(['Thank you.', 'Middle.', 'Thank you.']))
    render(page(queryClient))
    await user.click(button('Read the full message'))
    // An editor's new copy, arriving while the message is open.
    queryClient.setQueryData(appealQuery.queryKey, copy(['Middle.', 'Thank you.', 'End.']))
    await screen.findByText('End.')
    const paragraphs = within(banner() as HTMLElement).getAllByRole('paragraph')
    expect(paragraphs.map((paragraph) => paragraph.textContent)).toEqual([
      published.greeting,
      'Lead.',
      'Middle.',
      'Thank you.',
      'End.',
    ])
  })

  it('never takes the focus on its own', () => {
    renderWithAppeal()
    expect(banner()).toBeInTheDocument()
    expect(document.body).toHaveFocus()
  })

  it('"Remind me later." hides it, says when it returns, and can be undone', async () => {
    const user = userEvent.setup()
    renderWithAppeal()
    await user.click(button('Remind me later.'))

    expect(banner()).not.toBeInTheDocument()
    expect(status()).toHaveTextContent('We’ll remind you on Tuesday, 1 December.')
    expect(status()).toHaveFocus()
    expect(stored()).toEqual({ version: 1, choice: 'remindLater', decidedAt: T0 })

    await user.tab()
    expect(button('Undo')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(banner()).toBeInTheDocument()
    expect(button('Remind me later.')).toHaveFocus()
    expect(status()).toBeEmptyDOMElement()
    expect(stored()).toBeNull()
  })

  it.each([
    ['Close the message', 'close', 'The message is closed.'],
    [
      'I already support The Moscow Times',
      'alreadySupporting',
      'Thank you for your support. The message is closed.',
    ],
  ])(
    '"%s" hides it, remembers the choice, says so to screen readers and returns focus to the page',
    async (name, choice, said) => {
      const user = userEvent.setup()
      renderWithAppeal()
      await user.click(button(name))
      expect(banner()).not.toBeInTheDocument()
      expect(screen.getByRole('main')).toHaveFocus()
      expect(status()).toHaveTextContent(said)
      // Nothing on screen: the banner is seen to go, and there is nothing to undo or dismiss.
      expect(screen.queryByRole('button', { name: 'Dismiss this note' })).not.toBeInTheDocument()
      expect(stored()).toEqual({ version: 1, choice, decidedAt: T0 })
    },
  )

  it('works with the keyboard alone', async () => {
    const user = userEvent.setup()
    renderWithAppeal()
    await user.tab()
    expect(button('Close the message')).toHaveFocus()
    await user.tab()
    expect(button('Read the full message')).toHaveFocus()
    await user.keyboard(' ')
    expect(button('Read the full message')).toHaveAttribute('aria-expanded', 'true')
    await user.tab()
    expect(screen.getByRole('link', { name: 'Support The Moscow Times' })).toHaveFocus()
    await user.tab()
    await user.tab()
    expect(button('I already support The Moscow Times')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(banner()).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('stays away while a decision runs, and comes back when the tab is shown after it ends', () => {
    // Chosen on Tuesday morning: back as Saturday begins, 14 hours after T0 (Friday, 10:00).
    store('remindLater', T0 - 3 * DAY_MS)
    renderWithAppeal()
    expect(banner()).not.toBeInTheDocument()

    vi.setSystemTime(T0 + 14 * HOUR + 60_000)
    act(() => document.dispatchEvent(new Event('visibilitychange')))
    expect(banner()).toBeInTheDocument()
  })

  it('comes back when its time is up in a tab left open and in view', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    vi.setSystemTime(T0)
    store('remindLater', T0)
    renderWithAppeal()
    // Back as Tuesday begins, 86 hours after T0 (Friday, 10:00). An hour at a time: each hour's
    // timer is set again once the last has run.
    for (let hour = 1; hour < 86; hour += 1) act(() => vi.advanceTimersByTime(HOUR))
    act(() => vi.advanceTimersByTime(HOUR - 1000))
    expect(banner()).not.toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(banner()).toBeInTheDocument()
  })

  it('comes back within the hour after a computer slept through the wait', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    vi.setSystemTime(T0)
    store('close', T0)
    renderWithAppeal()
    // A computer that slept through the 30 days and the day after: its timers do not count the sleep.
    vi.setSystemTime(T0 + 31 * DAY_MS)
    act(() => vi.advanceTimersByTime(HOUR - 1000))
    expect(banner()).not.toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(banner()).toBeInTheDocument()
  })

  it('drops the last choice’s notice once the banner is back, so it does not return after', async () => {
    const user = userEvent.setup()
    renderWithAppeal()
    await user.click(button('Remind me later.'))
    expect(status()).toHaveTextContent('We’ll remind you on Tuesday, 1 December.')

    vi.setSystemTime(T0 + 4 * DAY_MS)
    act(() => document.dispatchEvent(new Event('visibilitychange')))
    expect(banner()).toBeInTheDocument()
    // Another tab closes it: the reminder, and its Undo, belong to a decision no longer stored.
    store('close', T0 + 4 * DAY_MS)
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: DECISION_KEY })))
    expect(banner()).not.toBeInTheDocument()
    expect(status()).toBeEmptyDOMElement()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  it('puts a reader on the notice, when the banner comes back in its place, on the banner', async () => {
    const user = userEvent.setup()
    renderWithAppeal()
    await user.click(button('Remind me later.'))
    await user.tab()
    expect(button('Undo')).toHaveFocus()

    // The reminder runs out while the reader is still there.
    vi.setSystemTime(T0 + 4 * DAY_MS)
    act(() => document.dispatchEvent(new Event('visibilitychange')))
    expect(banner()).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(button('Remind me later.')).toHaveFocus()
  })

  it.each([
    ['a value that is not JSON', '{"version":1,'],
    ['an unknown version', JSON.stringify({ version: 9, choice: 'close', decidedAt: T0 })],
    [
      'a decision dated days ahead of the clock',
      JSON.stringify({ version: 1, choice: 'close', decidedAt: T0 + 2 * DAY_MS }),
    ],
  ])('shows the appeal when storage holds %s', (_, value) => {
    localStorage.setItem(DECISION_KEY, value)
    renderWithAppeal()
    expect(banner()).toBeInTheDocument()
  })

  it('still hides for this visit when storage is blocked, and says so quietly', async () => {
    blockStorage()
    const user = userEvent.setup()
    renderWithAppeal()
    await user.click(button('Remind me later.'))
    expect(banner()).not.toBeInTheDocument()
    expect(status()).toHaveTextContent(
      'Hidden for this visit only: your browser won’t let this page remember your choice.',
    )
    expect(status()).toHaveFocus()

    await user.click(button('Undo'))
    await user.click(button('Close the message'))
    expect(banner()).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()
    expect(status()).toHaveTextContent(/^Hidden for this visit only/)
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()

    await user.click(button('Dismiss this note'))
    expect(status()).toBeEmptyDOMElement()
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('still hides for this visit when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    const user = userEvent.setup()
    renderWithAppeal()
    await user.click(button('I already support The Moscow Times'))
    expect(banner()).not.toBeInTheDocument()
    expect(status()).toHaveTextContent(/storage for this site is full/)
  })

  it('goes at once when the reader decides in another tab, without losing the focus', async () => {
    const user = userEvent.setup()
    renderWithAppeal()
    await user.tab()
    expect(button('Close the message')).toHaveFocus()

    store('close', T0)
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: DECISION_KEY })))
    expect(banner()).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('loads the appeal after rendering, and offers a retry when that fails', async () => {
    const fetchMock = respondWith(new TypeError('Failed to fetch'), published)
    const user = userEvent.setup()
    renderFetching()
    expect(await screen.findByText(/We couldn’t load the latest message/)).toBeInTheDocument()
    expect(screen.getByText(/The connection failed/)).toBeInTheDocument()
    expect(banner()).not.toBeInTheDocument()

    await user.click(button('Retry'))
    expect(await screen.findByRole('region', { name: published.heading })).toBeInTheDocument()
    expect(screen.queryByText(/We couldn’t load/)).not.toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledTimes(2)
    // The reader was on Retry: the banner that took its place has the focus, not the page's top.
    expect(button(published.choices.remindLater.label)).toHaveFocus()
  })

  it('closes a failed load’s notice for this visit only: no decision is stored', async () => {
    respondWith(new TypeError('Failed to fetch'), published)
    const user = userEvent.setup()
    const queryClient = renderFetching()
    await screen.findByText(/We couldn’t load the latest message/)

    await user.click(button('Close this notice'))
    expect(screen.queryByText(/We couldn’t load/)).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()
    expect(stored()).toBeNull()
    // The appeal loading after all (the connection is back) does not bring it back in this visit.
    await act(() => queryClient.refetchQueries({ queryKey: appealQuery.queryKey }))
    expect(queryClient.getQueryState(appealQuery.queryKey)?.status).toBe('success')
    expect(banner()).not.toBeInTheDocument()
  })

  it('says so when the appeal document is damaged', async () => {
    respondWith({ ...published, donate: { label: 'Give', url: 'javascript:alert(1)' } })
    renderFetching()
    expect(await screen.findByText(/What arrived was damaged/)).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it('shows the copy of the appeal the page holds while it cannot load, until it has', async () => {
    render(<AppealWithoutScript appeal={parse(appealSchema, published)} />)
    const copy = () => screen.queryByRole('complementary', { name: published.heading })
    respondWith(new TypeError('Failed to fetch'), published)
    const user = userEvent.setup()
    renderFetching()
    expect(await screen.findByText(/We couldn’t load/)).toBeInTheDocument()
    expect(copy()).toBeInTheDocument()
    await user.click(button('Retry'))
    expect(await screen.findByRole('region', { name: published.heading })).toBeInTheDocument()
    expect(copy()).not.toBeInTheDocument()
  })

  it('does not trouble a reader who said no with a failed load', async () => {
    store('close', T0 - DAY_MS)
    respondWith(new TypeError('Failed to fetch'))
    const queryClient = renderFetching()
    await waitFor(() =>
      expect(queryClient.getQueryState(appealQuery.queryKey)?.status).toBe('error'),
    )
    expect(screen.queryByText(/We couldn’t load/)).not.toBeInTheDocument()
  })

  it('is not in the server HTML and appears only after hydration, without warnings', async () => {
    const serverClient = new QueryClient()
    serverClient.setQueryData(appealQuery.queryKey, published)
    const container = document.createElement('div')
    container.innerHTML = renderToString(page(serverClient))
    expect(container).toHaveTextContent('The article.')
    expect(container).not.toHaveTextContent(published.greeting)
    expect(container.querySelector('main + *')).toBeNull()
    document.body.append(container)
    const consoleError = vi.spyOn(console, 'error')
    const clientQueries = new QueryClient()
    clientQueries.setQueryData(appealQuery.queryKey, published)
    const root = await act(async () => hydrateRoot(container, page(clientQueries)))
    expect(screen.getByRole('region', { name: published.heading })).toBeInTheDocument()
    expect(consoleError).not.toHaveBeenCalled()
    act(() => root.unmount())
    container.remove()
  })
})
