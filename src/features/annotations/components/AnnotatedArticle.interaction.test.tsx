import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HOVER_CLOSE_DELAY_MS, HOVER_OPEN_DELAY_MS } from '../interaction/cardState'
import { annaBerg } from '../testing/fixtures'
import { renderAnnotatedArticle } from '../testing/renderAnnotatedArticle'

const phrase = (name: string) => screen.getByRole('button', { name })
const card = () => screen.queryByRole('dialog')
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

afterEach(() => vi.unstubAllGlobals())

function setupWithTimers() {
  vi.useFakeTimers()
  // Testing Library drains pending work with a setTimeout(0) that it only advances for Jest's fake
  // timers (it looks for a global `jest`); this lets it advance Vitest's.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
}

/** Rests the pointer on a phrase until its card opens, then moves it into the card. */
async function hoverIntoCard(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.hover(phrase(name))
  await wait(HOVER_OPEN_DELAY_MS)
  const dialog = screen.getByRole('dialog', { name })
  await user.unhover(phrase(name))
  await user.hover(dialog)
  return dialog
}

describe('AnnotatedArticle: hover', () => {
  it('opens a card once the pointer has rested on its phrase, not before', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    await user.hover(phrase('Anna Berg'))
    await wait(HOVER_OPEN_DELAY_MS - 1)
    expect(card()).not.toBeInTheDocument()
    await wait(1)
    // Described by its role, which a screen reader reads on entering it; the context follows.
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toHaveAccessibleDescription(
      annaBerg.role,
    )
  })

  it('opens nothing for a phrase whose kind is switched off while the pointer rests on it', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    await user.hover(phrase('Anna Berg'))
    // A screen reader's flip, or another tab's: the pointer stays where it is.
    act(() => screen.getByRole('checkbox', { name: 'People' }).click())
    await wait(HOVER_OPEN_DELAY_MS)
    act(() => screen.getByRole('checkbox', { name: 'People' }).click())
    expect(card()).not.toBeInTheDocument()
  })

  it('opens nothing for a pointer dragging a selection onto a phrase, however long it rests', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    await user.pointer([
      { keys: '[MouseLeft>]', target: screen.getByRole('heading', { level: 1 }) },
      { target: phrase('Anna Berg') },
    ])
    await wait(HOVER_OPEN_DELAY_MS * 3)
    expect(card()).not.toBeInTheDocument()
    await user.pointer({ keys: '[/MouseLeft]' })
  })

  it('opens nothing for a phrase the page scrolls under a pointer at rest, until it moves', async () => {
    setupWithTimers()
    renderAnnotatedArticle()
    // What the browser says when the page moves under a still pointer: over, with no move.
    fireEvent.pointerOver(phrase('Anna Berg'))
    await wait(HOVER_OPEN_DELAY_MS * 2)
    expect(card()).not.toBeInTheDocument()
    fireEvent.pointerMove(phrase('Anna Berg'))
    await wait(HOVER_OPEN_DELAY_MS)
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
  })

  it('after a kind went off and on under a pointer that left meanwhile: no late card, then a visit', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    await user.hover(phrase('Anna Berg'))
    // By keyboard, or from another tab: the pointer stays where it is, then moves on.
    act(() => screen.getByRole('checkbox', { name: 'People' }).click())
    await user.hover(screen.getByRole('heading', { level: 1 }))
    act(() => screen.getByRole('checkbox', { name: 'People' }).click())
    await wait(HOVER_OPEN_DELAY_MS * 2)
    expect(card()).not.toBeInTheDocument()
    await user.hover(phrase('Anna Berg'))
    await wait(HOVER_OPEN_DELAY_MS)
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
  })

  it('keeps a hovered card the pointer moves into from a phrase switched off under it', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    const dialog = await hoverIntoCard(user, 'Anna Berg')
    await user.unhover(dialog)
    await user.hover(phrase('Ledger Wire'))
    act(() => screen.getByRole('checkbox', { name: 'Sources' }).click())
    await user.hover(dialog)
    await wait(HOVER_CLOSE_DELAY_MS * 3)
    expect(dialog).toBeInTheDocument()
  })

  it('keeps a tapped card when the mouse resting on another phrase is nudged', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    await user.hover(phrase('Anna Berg'))
    await wait(HOVER_OPEN_DELAY_MS)
    // A touch laptop: a finger taps another phrase while the mouse stays on the first.
    await user.pointer({ keys: '[TouchA]', target: phrase('Ledger Wire') })
    const dialog = screen.getByRole('dialog', { name: 'Ledger Wire' })
    const nudge = () =>
      user.pointer({ target: phrase('Anna Berg'), coords: { clientX: 3, clientY: 3 } })
    await nudge()
    await wait(HOVER_OPEN_DELAY_MS * 2)
    expect(dialog).toBeInTheDocument()
    // Touched in the card, by the finger: still no visit of the mouse's.
    await user.pointer({ keys: '[TouchA]', target: within(dialog).getByRole('heading') })
    await nudge()
    await wait(HOVER_OPEN_DELAY_MS * 2)
    expect(dialog).toBeInTheDocument()
  })

  it('opens nothing for a pointer sweeping across the phrases', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    for (const name of ['Anna Berg', 'Ledger Wire', 'treaty of 1969']) {
      await user.hover(phrase(name))
      await wait(150)
      await user.unhover(phrase(name))
    }
    await wait(2000)
    expect(card()).not.toBeInTheDocument()
  })

  it('stays open while the pointer moves onto the card and closes after the grace delay', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    const dialog = await hoverIntoCard(user, 'Anna Berg')
    await wait(2000)
    expect(dialog).toBeInTheDocument()
    await user.unhover(dialog)
    await wait(HOVER_CLOSE_DELAY_MS - 1)
    expect(dialog).toBeInTheDocument()
    await wait(1)
    expect(card()).not.toBeInTheDocument()
  })
})

describe('AnnotatedArticle: keyboard', () => {
  async function tabToPhrase(user: ReturnType<typeof userEvent.setup>, name: string) {
    for (let step = 0; step < 20 && document.activeElement !== phrase(name); step++) {
      await user.tab()
    }
    expect(phrase(name)).toHaveFocus()
  }

  it('leaves a card the pointer holds open out of the Tab order, wherever the focus is', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'treaty of 1969')
    await user.hover(phrase('Anna Berg'))
    await wait(HOVER_OPEN_DELAY_MS)
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    // Back from the second paragraph: to the first one's last phrase, not into the card after it.
    await user.tab({ shift: true })
    expect(phrase('Ledger Wire')).toHaveFocus()
  })

  it('opens the card when Tab focuses its phrase; Escape closes it and focus stays', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(phrase('Anna Berg')).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(card()).not.toBeInTheDocument()
    expect(phrase('Anna Berg')).toHaveFocus()
    expect(phrase('Anna Berg')).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens no card for a focus that Tab did not bring, as a screen reader’s reading gives', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    act(() => phrase('Anna Berg').focus())
    expect(phrase('Anna Berg')).toHaveFocus()
    expect(card()).not.toBeInTheDocument()
    expect(phrase('Anna Berg')).toHaveAttribute('aria-expanded', 'false')
    // Once Tab's key is up, the focus it left does not count as the next one's.
    await user.tab()
    act(() => phrase('Anna Berg').focus())
    expect(card()).not.toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
  })

  it('opens the card that Shift+Tab brings, as Tab’s', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    act(() => phrase('Ledger Wire').focus())
    await user.tab({ shift: true })
    expect(phrase('Anna Berg')).toHaveFocus()
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
  })

  it('forgets a Tab whose key the page never saw released, once the window loses the focus', async () => {
    renderAnnotatedArticle()
    // Tab out of the page: its keyup goes to the browser's own controls.
    fireEvent.keyDown(document.body, { key: 'Tab' })
    fireEvent.blur(window)
    // Back in the page, a screen reader's keys do not reach it: only its focus does.
    act(() => phrase('Anna Berg').focus())
    expect(card()).not.toBeInTheDocument()
  })

  it('opens the card Tab brings after a swipe that began on a phrase', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    // The browser takes the swipe to scroll: no focus and no click follow the press.
    fireEvent.pointerDown(phrase('Ledger Wire'), { pointerType: 'touch' })
    fireEvent.pointerCancel(phrase('Ledger Wire'), { pointerType: 'touch' })
    await tabToPhrase(user, 'Anna Berg')
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
  })

  it('opens the card Tab brings after a press on the focused phrase that focused nothing', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    // Dragged off it, and let go outside the text: the click goes to the page around both.
    await user.pointer([
      { keys: '[MouseLeft>]', target: phrase('Anna Berg') },
      { target: document.body },
      { keys: '[/MouseLeft]' },
    ])
    await tabToPhrase(user, 'Ledger Wire')
    expect(screen.getByRole('dialog', { name: 'Ledger Wire' })).toBeInTheDocument()
    // A right click: no click at all.
    await user.pointer({ keys: '[MouseRight]', target: phrase('Ledger Wire') })
    await tabToPhrase(user, 'treaty of 1969')
    expect(screen.getByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
  })

  it('keeps the card that Tab opened on Enter, then toggles it with Enter and Space', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    await user.keyboard('{Enter}')
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(card()).not.toBeInTheDocument()
    await user.keyboard(' ')
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    await user.keyboard(' ')
    expect(card()).not.toBeInTheDocument()
  })

  it('closes a card Tab opened when the focus, having left the window, comes back elsewhere', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    // Shift+Tab past the page's start: the focus goes to the browser's toolbar, out of the page.
    act(() => phrase('Anna Berg').blur())
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    // Shift+Tab again: back into the page, at its end.
    act(() => screen.getByRole('button', { name: 'Next on the page' }).focus())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('keeps a card Tab opened when the focus, having left the window, comes back to it', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    await user.tab()
    const link = within(screen.getByRole('dialog', { name: 'Anna Berg' })).getByRole('link')
    expect(link).toHaveFocus()
    // Another window, and back: the browser gives the focus back where it was.
    act(() => link.blur())
    act(() => link.focus())
    act(() => link.blur())
    act(() => phrase('Anna Berg').focus())
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
  })

  it('visits the card right after its phrase, then continues after the phrase', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    const dialog = screen.getByRole('dialog', { name: 'Anna Berg' })
    await user.tab()
    expect(within(dialog).getByRole('link', { name: /Encyclopedia: Anna Berg/ })).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.tab({ shift: true })
    await user.tab({ shift: true })
    expect(phrase('Anna Berg')).toHaveFocus()
    await user.tab()
    await user.tab()
    await user.tab()
    expect(phrase('Ledger Wire')).toHaveFocus()
    expect(screen.getByRole('dialog', { name: 'Ledger Wire' })).toBeInTheDocument()
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
  })

  it('lists every source of a card as its own link, each visited in turn before Close', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'treaty of 1969')
    const dialog = screen.getByRole('dialog', { name: 'The 1969 treaty' })
    const links = within(dialog).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Encyclopedia: 1969 treaty (opens in a new tab)',
        'https://encyclopedia.example/treaty-1969',
      ],
      ['Archive: the summer clashes (opens in a new tab)', 'https://archive.example/clashes-1969'],
    ])
    for (const link of links) expect(link).toHaveAttribute('target', '_blank')
    await user.tab()
    expect(links[0]).toHaveFocus()
    await user.tab()
    expect(links[1]).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
  })

  it('returns focus to the phrase when Escape is pressed inside the card', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await tabToPhrase(user, 'Anna Berg')
    await user.tab()
    await user.keyboard('{Escape}')
    expect(card()).not.toBeInTheDocument()
    expect(phrase('Anna Berg')).toHaveFocus()
  })
})

describe('AnnotatedArticle: click and tap', () => {
  it('toggles the card on click, one card at a time', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phrase('Anna Berg'))
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(phrase('Anna Berg')).toHaveAttribute('aria-controls', card()?.id)
    await user.click(phrase('Ledger Wire'))
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    expect(screen.getByRole('dialog', { name: 'Ledger Wire' })).toBeInTheDocument()
    await user.click(phrase('Ledger Wire'))
    expect(card()).not.toBeInTheDocument()
  })

  it('moves the card, and the expanded state, from a phrase in one paragraph to one in the next', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phrase('Anna Berg'))
    expect(phrase('Anna Berg')).toHaveAttribute('aria-expanded', 'true')
    await user.click(phrase('treaty of 1969'))
    expect(screen.getByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    expect(phrase('treaty of 1969')).toHaveAttribute('aria-expanded', 'true')
    expect(phrase('Anna Berg')).toHaveAttribute('aria-expanded', 'false')
    await user.click(phrase('Anna Berg'))
    expect(phrase('treaty of 1969')).toHaveAttribute('aria-expanded', 'false')
    expect(phrase('Anna Berg')).toHaveAttribute('aria-expanded', 'true')
  })

  it('puts the card in reading order at the end of its phrase’s paragraph, before the next', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    const paragraphWith = (text: string) =>
      screen.getAllByRole('paragraph').find((p) => p.textContent?.includes(text)) as HTMLElement
    const comesBefore = (first: Node, second: Node) =>
      !!(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING)
    const first = paragraphWith('the talks went well')
    const second = paragraphWith('still shapes the border')

    await user.click(phrase('Ledger Wire'))
    const cardOnFirst = screen.getByRole('dialog', { name: 'Ledger Wire' })
    expect(comesBefore(first, cardOnFirst) && !first.contains(cardOnFirst)).toBe(true)
    expect(comesBefore(cardOnFirst, second)).toBe(true)

    await user.click(phrase('treaty of 1969'))
    const cardOnSecond = screen.getByRole('dialog', { name: 'The 1969 treaty' })
    expect(comesBefore(second, cardOnSecond) && !second.contains(cardOnSecond)).toBe(true)
    expect(comesBefore(cardOnSecond, screen.getByRole('region', { name: 'In this article' }))).toBe(
      true,
    )
  })

  it('opens nothing when a pointer press focuses the phrase: the click decides', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.pointer({ keys: '[MouseLeft>]', target: phrase('Anna Berg') })
    expect(phrase('Anna Berg')).toHaveFocus()
    expect(card()).not.toBeInTheDocument()
  })

  it('opens on a tap, ignores touch as hover, and closes on a tap outside', async () => {
    const user = setupWithTimers()
    renderAnnotatedArticle()
    // A finger resting on a phrase (the start of a scroll) is not hover intent.
    await user.pointer({ keys: '[TouchA>]', target: phrase('Anna Berg') })
    await wait(HOVER_OPEN_DELAY_MS * 2)
    expect(card()).not.toBeInTheDocument()
    await user.pointer({ keys: '[/TouchA]' })
    expect(screen.getByRole('dialog', { name: 'Anna Berg' })).toBeInTheDocument()
    await user.pointer({ keys: '[TouchA]', target: phrase('treaty of 1969') })
    expect(screen.getByRole('dialog', { name: 'The 1969 treaty' })).toBeInTheDocument()
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('heading', { level: 1 }) })
    expect(card()).not.toBeInTheDocument()
  })

  it('closes from its Close button and gives focus back to the phrase', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    await user.click(phrase('Anna Berg'))
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(card()).not.toBeInTheDocument()
    expect(phrase('Anna Berg')).toHaveFocus()
  })

  it('shows what the card is about, with a safe link that opens in a new tab', async () => {
    const user = userEvent.setup()
    renderAnnotatedArticle()
    expect(phrase('Anna Berg')).toHaveAttribute('aria-haspopup', 'dialog')
    expect(phrase('Anna Berg')).not.toHaveAttribute('aria-controls')
    await user.click(phrase('Anna Berg'))
    const dialog = screen.getByRole('dialog', { name: 'Anna Berg' })
    expect(within(dialog).getByText('Person')).toBeInTheDocument()
    expect(within(dialog).getByRole('heading', { name: 'Anna Berg' })).toBeInTheDocument()
    expect(within(dialog).getByText('Анна Берг')).toHaveAttribute('lang', 'ru')
    // In parts ("2012–2020" is kept on one line), so matched as the whole dialog's text.
    expect(dialog).toHaveTextContent('Defence minister, 2012–2020')
    expect(within(dialog).getByText('She led the talks for her side.')).toBeInTheDocument()
    const link = within(dialog).getByRole('link', { name: /Encyclopedia: Anna Berg/ })
    expect(link).toHaveAttribute('href', 'https://encyclopedia.example/anna-berg')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })
})
