import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  type AnnotationPreferences,
} from '../preferences/preferences'
import { annaBerg, fixtureAnnotations, ledgerWire, treaty } from '../testing/fixtures'
import { jsonResponses, renderAnnotatedArticle } from '../testing/renderAnnotatedArticle'
import { translatePage } from '../../../../tests/unit/translatePage'

const phraseButton = (name: string) => screen.queryByRole('button', { name })
const checkbox = (name: string) => screen.getByRole('checkbox', { name })
const index = () => screen.queryByRole('region', { name: 'In this article' })

afterEach(() => window.history.replaceState(null, '', '/'))

function blockStorage() {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
}

describe('AnnotatedArticle: kinds and switches', () => {
  it('marks each kind with its own legend entry, all switched on at first', () => {
    renderAnnotatedArticle()
    const legend = screen.getByRole('group', { name: 'Show annotations' })
    for (const name of ['Annotations', 'People', 'Sources', 'History']) {
      expect(within(legend).getByRole('checkbox', { name })).toBeChecked()
    }
    for (const name of ['Anna Berg', 'Ledger Wire', 'treaty of 1969']) {
      expect(phraseButton(name)).toBeInTheDocument()
    }
  })

  it('puts the switches after the headline and date, before the story, so the page opens on the headline', () => {
    renderAnnotatedArticle()
    const legend = screen.getByRole('group', { name: 'Show annotations' })
    const follows = (first: Node, second: Node) =>
      !!(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING)
    expect(follows(screen.getByRole('heading', { level: 1 }), legend)).toBe(true)
    expect(follows(screen.getByRole('time'), legend)).toBe(true)
    expect(follows(legend, screen.getByText(/said the talks went well/))).toBe(true)
  })

  it('turns one kind into plain text in place, and keeps the choice after a remount', async () => {
    const user = userEvent.setup()
    const { unmount } = renderAnnotatedArticle()
    const paragraph = screen.getByText(/said the talks went well/)
    await user.click(checkbox('People'))
    expect(phraseButton('Anna Berg')).not.toBeInTheDocument()
    expect(paragraph).toHaveTextContent(
      'Defence Minister Anna Berg said the talks went well, the Ledger Wire reported.',
    )
    expect(phraseButton('Ledger Wire')).toBeInTheDocument()
    unmount()
    renderAnnotatedArticle()
    expect(checkbox('People')).not.toBeChecked()
    expect(phraseButton('Anna Berg')).not.toBeInTheDocument()
    expect(phraseButton('treaty of 1969')).toBeInTheDocument()
  })

  it('switches every annotation off with the master switch', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(checkbox('Annotations'))
    expect(screen.queryAllByRole('button', { expanded: false })).toHaveLength(0)
    expect(checkbox('Sources')).toBeDisabled()
    expect(index()).not.toBeInTheDocument()
    await user.click(checkbox('Annotations'))
    expect(phraseButton('Ledger Wire')).toBeInTheDocument()
  })

  it('unticks the master switch once every kind is off, and ticks them all with it', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    for (const kind of ['People', 'Sources', 'History']) await user.click(checkbox(kind))
    expect(checkbox('Annotations')).not.toBeChecked()
    expect(checkbox('History')).toBeEnabled()
    await user.click(checkbox('Annotations'))
    for (const name of ['Annotations', 'People', 'Sources', 'History']) {
      expect(checkbox(name)).toBeChecked()
    }
    expect(phraseButton('Anna Berg')).toBeInTheDocument()
  })

  it('still switches kinds when storage is blocked', async () => {
    blockStorage()
    const user = userEvent.setup()
    renderAnnotatedArticle()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    await user.click(checkbox('Sources'))
    expect(checkbox('Sources')).not.toBeChecked()
    expect(phraseButton('Ledger Wire')).not.toBeInTheDocument()
    expect(phraseButton('Anna Berg')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your choice holds for this visit only: your browser won’t let this page remember it.',
    )
  })

  it('says when storage is full, and stops saying so once a choice is kept', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(checkbox('History'))
    expect(phraseButton('treaty of 1969')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your choice holds for this visit only: your browser’s storage for this site is full.',
    )
    setItem.mockRestore()
    await user.click(checkbox('History'))
    expect(phraseButton('treaty of 1969')).toBeInTheDocument()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('closes the open card when its kind is switched off', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phraseButton('Anna Berg') as HTMLElement)
    await user.click(checkbox('People'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('AnnotatedArticle: on a page the browser has translated', () => {
  it('still switches kinds and opens cards', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    expect(translatePage()).toBeGreaterThan(20)
    await user.click(checkbox('People'))
    expect(phraseButton('Anna Berg')).not.toBeInTheDocument()
    await user.click(checkbox('People'))
    await user.click(phraseButton('Anna Berg') as HTMLElement)
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(screen.queryByText('We couldn’t show the annotations.')).not.toBeInTheDocument()
  })
})

describe('AnnotatedArticle: switched by a screen reader, the focus left where it was', () => {
  // A screen reader can flip a switch for the reader without moving the focus to it.
  const flip = (name: string) => act(() => checkbox(name).click())

  it('puts a focus whose phrase the switch hides on that switch', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phraseButton('Anna Berg') as HTMLElement)
    flip('People')
    expect(phraseButton('Anna Berg')).not.toBeInTheDocument()
    expect(checkbox('People')).toHaveFocus()
  })

  it('leaves a card of another kind open, with the focus on its phrase', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phraseButton('Ledger Wire') as HTMLElement)
    flip('People')
    expect(screen.getByRole('dialog', { name: 'Ledger Wire' })).toBeInTheDocument()
    expect(phraseButton('Ledger Wire')).toHaveFocus()
  })
})

/** What a change in another tab looks like to this one: storage changed, and a `storage` event. */
function switchInAnotherTab(preferences: AnnotationPreferences) {
  localStorage.setItem(PREFERENCES_KEY, JSON.stringify(preferences))
  act(() => window.dispatchEvent(new StorageEvent('storage', { key: PREFERENCES_KEY })))
}

const ALL_KINDS = DEFAULT_PREFERENCES.kinds
const peopleOff = { enabled: true, kinds: { ...ALL_KINDS, person: false } }

describe('AnnotatedArticle: switched in another tab', () => {
  it('puts a focus whose phrase another tab hides on the switch that hid it', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phraseButton('Anna Berg') as HTMLElement)
    switchInAnotherTab(peopleOff)
    expect(phraseButton('Anna Berg')).not.toBeInTheDocument()
    expect(checkbox('People')).not.toBeChecked()
    expect(checkbox('People')).toHaveFocus()
  })

  it('moves the focus off a kind’s switch that the master switch disables in another tab', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(checkbox('Sources'))
    await user.click(checkbox('Sources'))
    expect(checkbox('Sources')).toHaveFocus()
    switchInAnotherTab({ enabled: false, kinds: ALL_KINDS })
    expect(checkbox('Sources')).toBeDisabled()
    expect(checkbox('Annotations')).toHaveFocus()
  })

  it('closes a card whose kind another tab hides, for good, and forgets the link to it', async () => {
    window.history.replaceState(null, '', '/#anna-berg')
    const user = userEvent.setup()
    renderAnnotatedArticle()
    const dialog = await screen.findByRole('dialog', { name: 'Anna Berg' })
    await user.click(within(dialog).getAllByRole('link')[0] as HTMLElement)
    switchInAnotherTab(peopleOff)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(checkbox('People')).toHaveFocus()
    expect(window.location.hash).toBe('')
    switchInAnotherTab({ enabled: true, kinds: ALL_KINDS })
    expect(phraseButton('Anna Berg')).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('leaves the focus alone where another tab’s change does not reach it', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phraseButton('Ledger Wire') as HTMLElement)
    switchInAnotherTab(peopleOff)
    expect(phraseButton('Ledger Wire')).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Next on the page' }))
    switchInAnotherTab({ enabled: false, kinds: ALL_KINDS })
    expect(screen.getByRole('button', { name: 'Next on the page' })).toHaveFocus()
  })

  it('leaves the page alone for a reader who had clicked away from the phrase it hides', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phraseButton('Anna Berg') as HTMLElement)
    await user.click(screen.getByText(/said the talks went well/))
    expect(document.body).toHaveFocus()
    switchInAnotherTab(peopleOff)
    expect(document.body).toHaveFocus()
  })
})

describe('AnnotatedArticle: index and links', () => {
  it('lists every placed annotation by kind', () => {
    renderAnnotatedArticle()
    const list = index() as HTMLElement
    expect(within(list).getByRole('heading', { name: 'People' })).toBeInTheDocument()
    // Headed, not landmarks: the index is one region, not four stops among the page's landmarks.
    expect(within(list).queryAllByRole('region')).toEqual([])
    const links = within(list).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Anna Berg', '#anna-berg'],
      ['Ledger Wire', '#ledger-wire'],
      ['The 1969 treaty', '#treaty-1969'],
    ])
  })

  it('opens the card from its index link, focusing the phrase and naming it in the address', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(within(index() as HTMLElement).getByRole('link', { name: 'The 1969 treaty' }))
    expect(screen.getByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    expect(phraseButton('treaty of 1969')).toHaveFocus()
    expect(window.location.hash).toBe('#treaty-1969')
  })

  it('makes one history entry a link, so that Back returns to the index, on the link', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    const entries = window.history.length
    const link = within(index() as HTMLElement).getByRole('link', { name: 'The 1969 treaty' })
    // Twice: a link to the #id the address has already makes no second entry.
    await user.click(link)
    await user.click(link)
    expect(window.history.length).toBe(entries + 1)
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {}) // jsdom does not scroll
    await act(async () => {
      const returned = new Promise((resolve) => window.addEventListener('popstate', resolve))
      window.history.back()
      await returned
    })
    expect(window.location.hash).toBe('')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(link).toHaveFocus()
  })

  it('leaves switched-off kinds out of the index', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(checkbox('History'))
    expect(within(index() as HTMLElement).queryByRole('heading', { name: 'History' })).toBeNull()
    expect(within(index() as HTMLElement).getAllByRole('link')).toHaveLength(2)
  })

  it('opens the card a #hash names on load, switching its kind back on', async () => {
    localStorage.setItem(
      'annotated-reader:annotations:v1',
      JSON.stringify({ enabled: false, kinds: { person: false, source: true, history: true } }),
    )
    window.history.replaceState(null, '', '/#anna-berg')
    renderAnnotatedArticle()
    expect(await screen.findByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(phraseButton('Anna Berg')).toHaveFocus()
    expect(checkbox('People')).toBeChecked()
    expect(checkbox('Annotations')).toBeChecked()
  })

  it('takes the #hash out of the address once its kind is switched off, so a reload keeps it off', async () => {
    window.history.replaceState(null, '', '/#anna-berg')
    const user = userEvent.setup()
    const { unmount } = renderAnnotatedArticle()
    expect(await screen.findByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    await user.click(checkbox('Sources'))
    expect(window.location.hash).toBe('#anna-berg')
    await user.click(checkbox('People'))
    expect(window.location.hash).toBe('')
    unmount()
    renderAnnotatedArticle()
    expect(checkbox('People')).not.toBeChecked()
    expect(phraseButton('Anna Berg')).not.toBeInTheDocument()
  })

  it('leaves a #hash followed before the app started alone once the reader has scrolled its phrase away', () => {
    window.history.replaceState(null, '', '/#anna-berg')
    // Where the browser shows the phrase as the app starts: below the window, the reader moved on.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      return this.id === 'anna-berg' ? new DOMRect(0, 5000, 80, 20) : new DOMRect()
    })
    renderAnnotatedArticle()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(phraseButton('Anna Berg')).not.toHaveFocus()
    expect(window.location.hash).toBe('#anna-berg')
  })

  it('ignores a #hash that names no annotation', () => {
    window.history.replaceState(null, '', '/#not-an-annotation')
    renderAnnotatedArticle()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('closes the card when the address moves on to no annotation, and opens it again on return', async () => {
    window.history.replaceState(null, '', '/#anna-berg')
    renderAnnotatedArticle()
    expect(await screen.findByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    const goTo = (hash: string) =>
      act(async () => {
        const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve))
        window.location.hash = hash
        await changed
      })
    await goTo('#not-an-annotation')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await goTo('#anna-berg')
    expect(await screen.findByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    await goTo('#treaty-1969')
    expect(await screen.findByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
  })
})

describe('AnnotatedArticle: bad content', () => {
  it('tells the reader when the annotations cannot be read, keeps the article, and retries', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      jsonResponses(
        { annotations: 'none' },
        { articleId: 'fixture-story', annotations: [annaBerg] },
      ),
    )
    const user = userEvent.setup()
    renderAnnotatedArticle({ annotations: null })
    // Announced politely: an extra that failed must not interrupt the reading.
    // (The switches' own status line is in the page, empty, while the annotations load.)
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('We couldn’t load the annotations.'),
    )
    const alert = screen.getByRole('status')
    expect(screen.getByText(/said the talks went well/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('button', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(screen.queryByText('We couldn’t load the annotations.')).not.toBeInTheDocument()
  })

  it('skips, with a warning, an annotation whose quote is not in the article', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const lost = { ...treaty, id: 'lost', target: { exact: 'not in this story' } }
    renderAnnotatedArticle({ annotations: [...fixtureAnnotations, lost] })
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('"lost"')))
    expect(phraseButton('Anna Berg')).toBeInTheDocument()
    expect(within(index() as HTMLElement).getAllByRole('link')).toHaveLength(3)
  })

  it('skips a repeated mention that its quote does not single out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const vague = { ...ledgerWire, id: 'vague-wire', target: { exact: 'Ledger Wire' } }
    renderAnnotatedArticle({ annotations: [annaBerg, vague] })
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('2 times')))
    expect(phraseButton('Ledger Wire')).not.toBeInTheDocument()
  })
})
