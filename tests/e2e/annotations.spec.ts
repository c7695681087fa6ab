import AxeBuilder from '@axe-core/playwright'
import { readContent, type ArticleDocument } from './support/content'
import {
  card,
  centreOf,
  expect,
  firstLineAt,
  firstSourceLabel,
  type AnnotationEntry,
  type LetterLine,
  openReader,
  phrase,
  publishedAnnotation,
  publishedAnnotations,
  glyphPixelsAbove,
  hoverOpeningDelay,
  letterLines,
  scrollToMiddle,
  tabTo,
  test,
  timeHoverOpening,
} from './support/annotations'
import {
  appealBanner,
  appealDecided,
  blockLocalStorage,
  closeAppeal,
  holdAppeal,
} from './support/appeal'
import {
  areaOf,
  mostPainted,
  paintedColourOf,
  paintedColours,
  pixelsOf,
  resolvedColour,
} from './support/pixels'
import { setTextSize, setTextSpacing } from './support/textSpacing'
import { translatePage } from '../unit/translatePage'
import type { Locator, Page } from '@playwright/test'

const shoigu = publishedAnnotation('sergei-shoigu')
const tass = publishedAnnotation('tass')
const xu = publishedAnnotation('xu-qiliang')
const commission = publishedAnnotation('central-military-commission')
const split = publishedAnnotation('sino-soviet-split')
const ft = publishedAnnotation('financial-times')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** The product's hover intent (src/features/annotations/interaction/cardState.ts). */
const HOVER_OPEN_DELAY_MS = 400

const article = readContent<ArticleDocument>('article')
const shoiguText = article.paragraphs.find((text) => text.includes(shoigu.target.exact)) ?? ''

/** The index's link to the annotation. */
function indexLink(page: Page, annotation: AnnotationEntry): Locator {
  return page
    .getByRole('region', { name: 'In this article' })
    .getByRole('link', { name: annotation.title, exact: true })
}

/** Wholly inside the window, and not behind the appeal docked at its foot. */
async function isInViewAboveAppeal(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox()
  const appeal = (await appealBanner(page).isVisible())
    ? await appealBanner(page).boundingBox()
    : null
  const floor = appeal?.y ?? page.viewportSize()?.height ?? 0
  return !!box && box.y >= 0 && box.y + box.height <= floor
}

/**
 * The lines each hyphenated name ("Su-35") and each word with an en dash ("2012–2022") in the
 * element's text takes up, where the browser set it.
 */
function linesOfDashedNames(element: Locator): Promise<[string, number][]> {
  return element.evaluate((root) => {
    const counts: [string, number][] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\S+-\d\S*|\S+–\S+/g)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const tops = new Set([...range.getClientRects()].map(({ top }) => Math.round(top)))
        counts.push([match[0], tops.size])
      }
    }
    return counts
  })
}

/** Scrolls the page so that the element's top is `y` px down the window. */
async function scrollPhraseTo(element: Locator, y: number) {
  const box = await element.boundingBox()
  await element.page().evaluate((by) => window.scrollBy(0, by), (box?.y ?? 0) - y)
}

/**
 * Opens the annotation's card from the middle of the window, with the appeal shown, and scrolls its
 * phrase 40 px under the appeal's top, where the card hides (it stood above the hidden phrase,
 * over the story and the headline). Returns the appeal's top.
 */
async function openThenScrollUnderAppeal(
  page: Page,
  annotation: AnnotationEntry,
  open: (phrase: Locator) => Promise<void>,
): Promise<number> {
  await openReader(page)
  await appealDecided(page, 'shown')
  await scrollToMiddle(phrase(page, annotation))
  await open(phrase(page, annotation))
  await expect(card(page, annotation)).toBeVisible()
  const bannerTop = (await appealBanner(page).boundingBox())?.y ?? 0
  await scrollPhraseTo(phrase(page, annotation), bannerTop + 40)
  await expect(card(page, annotation)).toBeHidden()
  return bannerTop
}

/** Where the switches sit by the appeal's top edge: a phone held sideways, and a small one. */
const SHORT_SCREENS = [
  { width: 844, height: 390 },
  { width: 320, height: 568 },
]

/** The reader at `size`, with the appeal docked: it takes the foot of a short screen. */
async function openWithAppealAt(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await openReader(page)
  await expect(appealBanner(page)).toBeVisible()
}

/** Nothing of it is scrolled out of its box. */
function showsWhole(element: Locator) {
  return element.evaluate((box) => box.scrollHeight <= box.clientHeight)
}

/** Found by its text, so it is the same paragraph whether Shoigu is marked or not. */
function shoiguParagraph(page: Page) {
  return page.getByRole('paragraph').filter({ hasText: shoiguText })
}

// The machines these run on are shared and busy: allow for slow pages, never for slow timers.
test.describe.configure({ timeout: 90_000 })

test.describe('with a mouse', () => {
  test('hovering opens the card after a pause; it stays while the pointer is on it', async ({
    page,
  }) => {
    await openReader(page)
    await scrollToMiddle(phrase(page, shoigu))
    await timeHoverOpening(page, shoigu)
    const start = await centreOf(phrase(page, shoigu))
    await page.mouse.move(start.x, start.y)
    await expect(card(page, shoigu)).toBeVisible()
    expect(await hoverOpeningDelay(page)).toBeGreaterThanOrEqual(HOVER_OPEN_DELAY_MS - 5)
    await expect(phrase(page, shoigu)).toHaveAttribute('aria-expanded', 'true')

    const onCard = await centreOf(card(page, shoigu))
    await page.mouse.move(onCard.x, onCard.y, { steps: 3 })
    await page.waitForTimeout(1000)
    await expect(card(page, shoigu)).toBeVisible()

    await page.mouse.move(4, 4, { steps: 2 })
    await expect(card(page)).toHaveCount(0)
    await expect(phrase(page, shoigu)).toHaveAttribute('aria-expanded', 'false')
  })

  test('selecting a hovered card’s text past its edge keeps the card, and the selection in it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await openReader(page)
    // The appeal settled first: docking after the card had opened, it moved the card to clear it,
    // over the phrase the drag ends on, and a busy run's selection then ended in the card.
    await expect(appealBanner(page)).toBeVisible()
    await scrollToMiddle(phrase(page, tass))
    const start = await centreOf(phrase(page, tass))
    await page.mouse.move(start.x, start.y)
    await expect(card(page, tass)).toBeVisible()
    const context = card(page, tass).getByText(tass.context)
    const from = await context.boundingBox()
    const edge = await card(page, tass).boundingBox()
    if (!from || !edge) throw new Error('the card has no box')
    await page.mouse.move(from.x + 4, from.y + 8, { steps: 4 })
    await page.mouse.down()
    // Out of the card, the button held, and on to another phrase: the hover's delays run out.
    await page.mouse.move(edge.x + edge.width + 30, from.y + 8, { steps: 6 })
    const other = await centreOf(phrase(page, shoigu))
    await page.mouse.move(other.x, other.y, { steps: 6 })
    await page.waitForTimeout(800)
    await expect(card(page, tass)).toBeVisible()
    await expect(card(page)).toHaveCount(1)
    await page.mouse.up()
    // Begun in the card, from where the button was pressed, as in any box a selection leaves.
    const selection = await page.evaluate(() => {
      const { anchorNode } = window.getSelection() ?? {}
      const dialog = document.querySelector('[role="dialog"]')
      return {
        text: String(window.getSelection()),
        fromCard: !!dialog && !!anchorNode && dialog.contains(anchorNode),
      }
    })
    expect(selection.fromCard).toBe(true)
    expect(selection.text).toContain(tass.role)
    // Pressed in, it stays as a clicked card does, until a press outside it.
    await page.waitForTimeout(800)
    await expect(card(page, tass)).toBeVisible()
    await page.mouse.click(4, 4)
    await expect(card(page)).toHaveCount(0)
  })

  test('a pointer sweeping across a paragraph opens nothing', async ({ page }) => {
    await openReader(page)
    await scrollToMiddle(shoiguParagraph(page))
    const line = await centreOf(phrase(page, shoigu))
    const box = await shoiguParagraph(page).boundingBox()
    if (!box) throw new Error('the paragraph has no box')
    await timeHoverOpening(page, shoigu)
    await page.mouse.move(box.x - 10, line.y)
    await page.mouse.move(box.x + box.width + 10, line.y, { steps: 12 })
    await page.mouse.move(box.x + box.width + 10, box.y + box.height + 20)
    await page.waitForTimeout(HOVER_OPEN_DELAY_MS * 2)
    await expect(card(page)).toHaveCount(0)
  })

  test('the index link scrolls to the mention, focuses it and opens its card', async ({ page }) => {
    await openReader(page)
    const index = page.getByRole('region', { name: 'In this article' })
    await index.getByRole('link', { name: xu.title, exact: true }).click()
    await expect(card(page, xu)).toBeVisible()
    await expect(phrase(page, xu)).toBeFocused()
    await expect(phrase(page, xu)).toBeInViewport()
    expect(new URL(page.url()).hash).toBe(`#${xu.id}`)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG violations with a card open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await openReader(page)
      // The appeal first: docking after the click, it covered the phrase at 1280 × 720, and the
      // card hid until the phrase came back (one run in CI).
      await appealDecided(page, 'shown')
      await scrollToMiddle(phrase(page, shoigu))
      await phrase(page, shoigu).click()
      await expect(card(page, shoigu)).toBeVisible()
      await card(page, shoigu).evaluate((element) =>
        Promise.all(element.getAnimations().map((animation) => animation.finished)),
      )
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      expect(results.violations).toEqual([])
    })
  }
})

test.describe('with a keyboard', () => {
  test('a card Tab opened closes when Shift+Tab leaves the page and comes back in at its end', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    const masthead = publishedAnnotation('the-moscow-times')
    await page.keyboard.press('Tab')
    await expect(phrase(page, masthead)).toBeFocused()
    await expect(card(page, masthead)).toBeVisible()
    // Past the page's start, to the browser's own controls: nothing in the page has the focus, and
    // the card waits for the reader to come back.
    await page.keyboard.press('Shift+Tab')
    await expect(page.locator(':focus')).toHaveCount(0)
    await expect(card(page, masthead)).toBeVisible()
    // On round, back into the page at its end: the appeal.
    await page.keyboard.press('Shift+Tab')
    await expect(appealBanner(page).locator(':focus')).toHaveCount(1)
    await expect(card(page)).toHaveCount(0)
  })

  test('Tab opens a card, reaches its link, and Escape closes it with focus on the phrase', async ({
    page,
  }) => {
    await openReader(page)
    // The docked appeal covers the bottom of the window: what Tab reaches must stay clear of it.
    await appealDecided(page, 'shown')
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab')
      if (await phrase(page, shoigu).evaluate((element) => element === document.activeElement)) {
        break
      }
    }
    await expect(phrase(page, shoigu)).toBeFocused()
    await expect(card(page, shoigu)).toBeVisible()

    // The card shows whole, over the docked appeal if the room above it is too short, and moving
    // through it never scrolls the page: the browser would take each control over the appeal for
    // a hidden one, and centre it.
    const scrollY = () => page.evaluate(() => window.scrollY)
    const openedAt = await scrollY()
    await expect(card(page, shoigu)).toBeInViewport({ ratio: 1 })
    expect(await showsWhole(card(page, shoigu))).toBe(true)
    await page.keyboard.press('Tab')
    await expect(
      card(page, shoigu).getByRole('link', { name: firstSourceLabel(shoigu) }),
    ).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(card(page, shoigu).getByRole('button', { name: 'Close' })).toBeFocused()
    expect(await scrollY()).toBe(openedAt)
    await expect(phrase(page, shoigu)).toBeInViewport({ ratio: 1 })
    await expect(card(page, shoigu).getByRole('button', { name: 'Close' })).toBeInViewport({
      ratio: 1,
    })
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Escape')
    await expect(card(page)).toHaveCount(0)
    await expect(phrase(page, shoigu)).toBeFocused()

    await page.keyboard.press('Enter')
    await expect(card(page, shoigu)).toBeVisible()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(phrase(page, tass)).toBeFocused()
    await expect(card(page, tass)).toBeVisible()
    await expect(card(page)).toHaveCount(1)
  })

  test('a focus that Tab did not bring opens no card, as when a screen reader reads past', async ({
    page,
  }) => {
    await openReader(page)
    await closeAppeal(page)
    // Orca's reading cursor moves the focus onto each phrase it passes: Orca read out the card that
    // opened there in the middle of the story.
    await phrase(page, shoigu).focus()
    await page.waitForTimeout(300)
    await expect(card(page)).toHaveCount(0)
    await expect(phrase(page, shoigu)).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('Enter')
    await expect(card(page, shoigu)).toBeVisible()
  })

  test('a card with several sources links each, and Tab visits them in order before Close', async ({
    page,
  }) => {
    const arms = publishedAnnotation('russian-arms-sales-to-china')
    expect(arms.sources.length).toBeGreaterThan(1)
    await openReader(page)
    await appealDecided(page, 'shown')
    await scrollToMiddle(phrase(page, arms))
    await tabTo(phrase(page, arms))
    await expect(card(page, arms)).toBeInViewport({ ratio: 1 })
    const links = card(page, arms).getByRole('link')
    await expect(links).toHaveCount(arms.sources.length)
    for (const [index, { label, url }] of arms.sources.entries()) {
      await page.keyboard.press('Tab')
      await expect(links.nth(index)).toBeFocused()
      await expect(links.nth(index)).toHaveAccessibleName(`${label} (opens in a new tab)`)
      await expect(links.nth(index)).toHaveAttribute('href', url)
      await expect(links.nth(index)).toBeInViewport({ ratio: 1 })
    }
    await page.keyboard.press('Tab')
    await expect(card(page, arms).getByRole('button', { name: 'Close' })).toBeFocused()
  })

  test('Escape from a card leaves the page where the reader had scrolled it', async ({ page }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    await scrollToMiddle(phrase(page, shoigu))
    await tabTo(phrase(page, shoigu))
    await page.keyboard.press('Tab')
    await expect(
      card(page, shoigu).getByRole('link', { name: firstSourceLabel(shoigu) }),
    ).toBeFocused()
    // Read on, with the phrase still near the top of the window.
    await page.evaluate(() => window.scrollBy(0, 150))
    const readTo = await page.evaluate(() => window.scrollY)
    await page.keyboard.press('Escape')
    await expect(phrase(page, shoigu)).toBeFocused()
    expect(await page.evaluate(() => window.scrollY)).toBe(readTo)
  })
})

test.describe('in the dark', () => {
  test.use({ colorScheme: 'dark' })

  test('a card stands out from the appeal it may cover: lighter, with a clearer border', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    await tabTo(phrase(page, shoigu))
    await expect(card(page, shoigu)).toBeVisible()
    const look = (element: Locator) =>
      element.evaluate((box) => {
        const { backgroundColor, borderTopColor } = getComputedStyle(box)
        return { backgroundColor, borderTopColor }
      })
    const [cardLook, appealLook] = [await look(card(page, shoigu)), await look(appealBanner(page))]
    expect(cardLook.backgroundColor).not.toBe(appealLook.backgroundColor)
    expect(cardLook.borderTopColor).toBe('rgb(85, 86, 92)')
  })
})

test('in forced colours, the phrase whose card is open takes the system highlight', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openReader(page)
  const [highlightText, highlight, canvasText] = await Promise.all([
    resolvedColour(page, 'HighlightText'),
    paintedColourOf(page, 'Highlight'),
    resolvedColour(page, 'CanvasText'),
  ])
  // What the screen shows inside the phrase's letters' box: mostly the highlight, some its text.
  const looks = async () => {
    const color = await phrase(page, shoigu).evaluate((element) => getComputedStyle(element).color)
    const [letters] = (await letterLines(phrase(page, shoigu))).lines
    if (!letters) throw new Error('the phrase has no lines')
    const painted = await paintedColours(page, areaOf(letters))
    const all = Object.values(painted).reduce((sum, count) => sum + count, 0)
    // Its underline, below the highlight, on the page's own background.
    const { bottom, left, right } = letters
    const em = await phrase(page, shoigu).evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    const below = await paintedColours(
      page,
      areaOf({ left, right, top: bottom, bottom: bottom + 0.3 * em }),
    )
    return {
      color,
      highlighted: pixelsOf(painted, highlight) / all > 0.5,
      underlined: pixelsOf(below, canvasText) > 0,
    }
  }
  const highlighted = { color: highlightText, highlighted: true, underlined: true }
  // Opened by a click, with the pointer still on it: the usual tint, forced away, once won here.
  await phrase(page, shoigu).click()
  await expect(card(page, shoigu)).toBeVisible()
  expect(await looks()).toEqual(highlighted)
  // Opened from the keyboard, with the pointer elsewhere.
  await page.keyboard.press('Escape')
  await page.mouse.move(0, 0)
  await expect(card(page, shoigu)).toBeHidden()
  expect((await looks()).highlighted).toBe(false)
  await page.keyboard.press('Enter')
  await expect(card(page, shoigu)).toBeVisible()
  expect(await looks()).toEqual(highlighted)
})

test.describe('the kinds’ glyphs, on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const forcedColors of ['none', 'active'] as const) {
    const where = forcedColors === 'active' ? ', in forced colours too' : ''
    test(`each phrase has its glyph above the end of its last line, and only there${where}`, async ({
      page,
    }) => {
      await page.emulateMedia({ forcedColors })
      await openReader(page)
      const glyph = await resolvedColour(
        page,
        forcedColors === 'active' ? 'CanvasText' : 'var(--color-accent)',
      )
      let wrapped = 0
      for (const annotation of publishedAnnotations()) {
        await phrase(page, annotation).evaluate((element) =>
          element.scrollIntoView({ block: 'center' }),
        )
        const { lines, em } = await letterLines(phrase(page, annotation))
        const first = lines[0]
        const last = lines.at(-1)
        if (!first || !last) throw new Error(`${annotation.id} has no lines`)
        const glyphAbove = (x: number, top: number) => glyphPixelsAbove(page, glyph, { x, top, em })
        const name = annotation.target.exact
        expect(await glyphAbove(last.right, last.top), name).toBeGreaterThanOrEqual(4)
        expect(await glyphAbove(first.left, first.top), name).toBe(0)
        if (lines.length > 1) {
          wrapped += 1
          expect(await glyphAbove(first.right, first.top), name).toBe(0)
        }
      }
      // Wrapped phrases are where a glyph placed against the whole phrase went wrong.
      expect(wrapped).toBeGreaterThan(0)
    })
  }

  test('a focused phrase’s ring leaves the words around it alone', async ({ page }) => {
    await openReader(page)
    const accent = await resolvedColour(page, 'var(--color-accent)')
    const ink = await resolvedColour(page, 'var(--color-text)')
    // The word after each phrase, past the space, where it goes on on the same line (a comma
    // right against a phrase is inside any ring round it).
    let followed = 0
    for (const annotation of publishedAnnotations()) {
      const focused = phrase(page, annotation)
      await focused.evaluate((element) => element.scrollIntoView({ block: 'center' }))
      const after = await focused.evaluate((element) => {
        const following = element.nextSibling
        const word = /^ (\S+)/.exec(following?.textContent ?? '')?.[1]
        if (following?.nodeType !== Node.TEXT_NODE || !word) return undefined
        const range = document.createRange()
        range.setStart(following, 1)
        range.setEnd(following, 1 + word.length)
        const [line] = range.getClientRects()
        const end = element.getClientRects()
        const last = end[end.length - 1]
        if (!line || !last || line.top > last.bottom) return undefined
        return { left: line.left, right: line.right, top: line.top, bottom: line.bottom }
      })
      if (!after) continue
      followed += 1
      const letters = async () => pixelsOf(await paintedColours(page, areaOf(after)), ink)
      const before = await letters()
      await tabTo(focused)
      await page.keyboard.press('Escape')
      await expect(focused).toBeFocused()
      expect(await letters(), `after ${annotation.id}`).toBe(before)
      await focused.blur()
    }
    expect(followed).toBeGreaterThan(5)
    // Each phrase whose letters start on the line right under another phrase's underline.
    const placed: { annotation: AnnotationEntry; em: number; lines: LetterLine[] }[] = []
    for (const annotation of publishedAnnotations()) {
      const { lines, em } = await letterLines(phrase(page, annotation))
      const scrollY = await page.evaluate(() => window.scrollY)
      const inPage = lines.map((line) => ({
        ...line,
        top: line.top + scrollY,
        bottom: line.bottom + scrollY,
      }))
      placed.push({ annotation, em, lines: inPage })
    }
    const pairs = placed.flatMap((below) =>
      placed
        .filter((above) =>
          above.lines.some((line) => {
            const first = below.lines[0]
            if (!first) return false
            const gap = first.top - line.bottom
            return gap > 0 && gap < below.em && line.left < first.right && first.left < line.right
          }),
        )
        .map((above) => ({ above, below })),
    )
    expect(pairs.length).toBeGreaterThan(0)
    for (const { above, below } of pairs) {
      await phrase(page, below.annotation).evaluate((element) =>
        element.scrollIntoView({ block: 'center' }),
      )
      // The underline of the phrase above, on the line over the focused one.
      const underline = async () => {
        const { lines, em } = await letterLines(phrase(page, above.annotation))
        const painted = await Promise.all(
          lines.map((line) =>
            paintedColours(page, {
              x: line.left,
              y: line.bottom - 0.1 * em,
              width: line.right - line.left,
              height: 0.4 * em,
            }),
          ),
        )
        return painted.reduce((sum, colours) => sum + pixelsOf(colours, accent), 0)
      }
      const before = await underline()
      await tabTo(phrase(page, below.annotation))
      await page.keyboard.press('Escape')
      await expect(phrase(page, below.annotation)).toBeFocused()
      expect(await underline(), `${below.annotation.id} under ${above.annotation.id}`).toBe(before)
      await phrase(page, below.annotation).blur()
    }
  })

  test('in forced colours, text selected in a phrase shows in the system’s highlight, as around it', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' })
    await openReader(page)
    await phrase(page, shoigu).evaluate((element) => {
      element.scrollIntoView({ block: 'center' })
      const paragraph = element.closest('p')
      if (paragraph) getSelection()?.selectAllChildren(paragraph)
    })
    const dominant = async (line: LetterLine | undefined) => {
      if (!line) throw new Error('no line to look at')
      return mostPainted(await paintedColours(page, areaOf(line)))
    }
    // "Russian Defense Minister", just before the phrase: selected, but no phrase.
    const words = await shoiguParagraph(page).evaluate((paragraph) => {
      const text = paragraph.firstChild
      const at = text?.textContent?.indexOf('Defense') ?? -1
      if (!text || at < 0) return undefined
      const range = document.createRange()
      range.setStart(text, at)
      range.setEnd(text, at + 'Defense'.length)
      const { left, right, top, bottom } = range.getBoundingClientRect()
      return { left, right, top, bottom }
    })
    const { lines } = await letterLines(phrase(page, shoigu))
    const selected = await dominant(words)
    expect(selected).toBeDefined()
    expect(await dominant(lines[0])).toBe(selected)
  })
})

test.describe('on a laptop (1280 × 720) with the appeal shown', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('each card opened by the pointer shows whole, over the appeal or wider where it must', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    for (const annotation of publishedAnnotations()) {
      // Its first line at the window's middle, where either side leaves the least room.
      const pointAt = await firstLineAt(phrase(page, annotation))
      await page.mouse.move(pointAt.x, pointAt.y)
      await expect(card(page, annotation)).toBeInViewport({ ratio: 1 })
      expect(await showsWhole(card(page, annotation)), annotation.title).toBe(true)
      // Next to the words: 6 px below or above a line of them, whatever room the glyph keeps.
      const box = await card(page, annotation).boundingBox()
      const { lines } = await letterLines(phrase(page, annotation))
      const gaps = lines.flatMap((line) =>
        box ? [box.y - line.bottom, line.top - (box.y + box.height)] : [],
      )
      expect(
        gaps.some((gap) => Math.abs(gap - 6) < 1),
        `${annotation.title}: ${gaps.map((gap) => gap.toFixed(1)).join(', ')} px`,
      ).toBe(true)
      await page.mouse.move(0, 0)
      await expect(card(page)).toHaveCount(0)
    }
  })
})

for (const { width, height } of [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  test(`no card breaks a line inside a name like “Su-35” (${width} × ${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await openReader(page)
    await closeAppeal(page)
    let names = 0
    for (const annotation of publishedAnnotations()) {
      await scrollToMiddle(phrase(page, annotation))
      await tabTo(phrase(page, annotation))
      const lineCounts = await linesOfDashedNames(card(page, annotation))
      names += lineCounts.length
      for (const [name, lines] of lineCounts) expect(lines, `${annotation.id}: ${name}`).toBe(1)
      await page.keyboard.press('Escape')
    }
    expect(names).toBeGreaterThan(10)
  })

  test(`no index entry breaks a line inside a range like “2012–2022” (${width} × ${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await openReader(page)
    const lineCounts = await linesOfDashedNames(
      page.getByRole('region', { name: 'In this article' }),
    )
    expect(lineCounts.length).toBeGreaterThan(8)
    for (const [name, lines] of lineCounts) expect(lines, name).toBe(1)
  })
}

test('on a small phone (320 × 568), each card’s Close sits on its last link’s line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 })
  // Measured without the card's opening scale, which moves its lines while it runs.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openReader(page)
  await closeAppeal(page)
  for (const annotation of publishedAnnotations()) {
    await scrollToMiddle(phrase(page, annotation))
    await tabTo(phrase(page, annotation))
    // The bottom of the words' last line, in the link and in Close: equal when they share a line.
    const lastLineBottom = (control: Locator) =>
      control.evaluate((element) => {
        const range = document.createRange()
        range.selectNodeContents(element)
        const rects = [...range.getClientRects()].filter(({ width }) => width > 0)
        return rects.at(-1)?.bottom ?? Number.NaN
      })
    const bottoms = {
      link: await lastLineBottom(card(page, annotation).getByRole('link').last()),
      close: await lastLineBottom(card(page, annotation).getByRole('button', { name: 'Close' })),
    }
    expect(Math.abs(bottoms.link - bottoms.close), annotation.id).toBeLessThan(1.5)
    await page.keyboard.press('Escape')
  }
})

test.describe('with the reader’s text twice as large (1280 × 720)', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('a card widens with the text, as many words to a line, and shows whole', async ({
    page,
  }) => {
    await openReader(page)
    await closeAppeal(page)
    await setTextSize(page, 200)
    // Near the window's top: the room below is then all the window has.
    const pointAt = await firstLineAt(phrase(page, tass), 16)
    await page.mouse.move(pointAt.x, pointAt.y)
    await expect(card(page, tass)).toBeInViewport({ ratio: 1 })
    expect(await showsWhole(card(page, tass))).toBe(true)
  })

  test('an open card widens with the text when the reader enlarges it', async ({ page }) => {
    // Measured at its full size, not while it grows in. Near the window's top, with the appeal gone,
    // the card has room below at its usual width (24rem) before and after: at the window's middle,
    // it could start at its wider one (36rem) and end at its usual one with the larger text, as
    // wide in pixels, depending on where the larger text left the phrase.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openReader(page)
    await closeAppeal(page)
    await firstLineAt(phrase(page, tass), 16)
    await tabTo(phrase(page, tass))
    const before = (await card(page, tass).boundingBox())?.width ?? 0
    await setTextSize(page, 150)
    await expect
      .poll(async () => (await card(page, tass).boundingBox())?.width ?? 0)
      .toBeGreaterThanOrEqual(before * 1.5 - 1)
    await expect(card(page, tass)).toBeInViewport({ ratio: 1 })
  })
})

/**
 * Tabs on from where the focus is until every phrase has been reached (each opens its card), and
 * names those that stood, even in part, outside the window or under the appeal when reached, with
 * `ring` px round them for their focus ring.
 */
async function phrasesTabLeftHidden(page: Page, ring: number): Promise<string[]> {
  const hiddenInPart: string[] = []
  const phrases = publishedAnnotations().length
  let reached = 0
  // Each phrase takes three to five steps: itself, and its card's links and Close.
  for (let step = 0; step < 4 * phrases && reached < phrases; step++) {
    await page.keyboard.press('Tab')
    const focused = page.getByRole('button', { expanded: true }).and(page.locator(':focus'))
    if ((await focused.count()) === 0) continue
    reached += 1
    const box = await focused.boundingBox()
    const appealTop = (await appealBanner(page).boundingBox())?.y ?? 0
    if (!box || box.y - ring < 0 || box.y + box.height + ring > appealTop) {
      hiddenInPart.push((await focused.textContent()) ?? '')
    }
  }
  expect(reached).toBe(phrases)
  return hiddenInPart
}

test.describe('at 400% zoom (320 × 180) with the appeal shown', () => {
  test.use({ viewport: { width: 320, height: 180 } })

  test('each phrase Tab reaches is wholly in view above the appeal', async ({ page }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    // The phrase only: a two-line phrase and its ring do not fit the room left at this size.
    expect(await phrasesTabLeftHidden(page, 0)).toEqual([])
  })
})

test.describe('on a phone (390 × 844) with the appeal’s full message open', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('each phrase Tab reaches comes into view in the little room above the appeal', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    await appealBanner(page).getByRole('button', { name: 'Read the full message' }).click()
    // The page keeps 15% of the window: less than the room a phrase keeps round it for its card.
    expect((await appealBanner(page).boundingBox())?.y).toBeLessThan(844 * 0.2)
    // Tab goes on from a click: from the page's top corner, through the header and the story.
    await page.mouse.click(1, 1)
    // With its ring (3 px, 2 px out).
    expect(await phrasesTabLeftHidden(page, 5)).toEqual([])
  })
})

test.describe('in a short window (640 × 400, a laptop at 200% zoom)', () => {
  test.use({ viewport: { width: 640, height: 400 } })

  test('each card opens inside the window, and Tab through it never scrolls the page', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    const scrollY = () => page.evaluate(() => window.scrollY)
    const inCard = () => card(page).locator(':focus')
    let cardsSeen = 0
    let openedAt = 0
    for (let step = 0; step < 60 && cardsSeen < 12; step++) {
      await page.keyboard.press('Tab')
      if (await appealBanner(page).locator(':focus').count()) break
      if (await inCard().count()) {
        // Floating UI keeps the card in the window, over the appeal where the rest is too short.
        await expect(inCard()).toBeInViewport({ ratio: 1 })
        expect(await scrollY()).toBe(openedAt)
      } else if (await card(page).count()) {
        cardsSeen += 1
        await expect(card(page).getByRole('heading')).toBeInViewport({ ratio: 1 })
        await expect(card(page)).toBeInViewport({ ratio: 1 })
        openedAt = await scrollY()
      }
    }
    expect(cardsSeen).toBe(12)
  })
})

test.describe('with a mouse and a keyboard', () => {
  test('a card the keyboard is in stays when the pointer rests on another phrase', async ({
    page,
  }) => {
    await openReader(page)
    // Closed, so that the appeal covers no phrase the pointer goes to.
    await closeAppeal(page)
    await tabTo(phrase(page, tass))
    await expect(card(page, tass)).toBeVisible()
    await page.keyboard.press('Tab')
    const link = card(page, tass).getByRole('link', { name: firstSourceLabel(tass) })
    await expect(link).toBeFocused()
    await phrase(page, ft).hover()
    await page.waitForTimeout(HOVER_OPEN_DELAY_MS * 2)
    await expect(card(page, tass)).toBeVisible()
    await expect(link).toBeFocused()
  })

  test('a link followed by keyboard keeps its card, though it scrolls a phrase under the resting pointer', async ({
    page,
  }) => {
    const exercises = publishedAnnotation('joint-sea-2015')
    await openReader(page)
    await closeAppeal(page)
    const link = indexLink(page, ft)
    const followLink = async () => {
      await link.focus()
      await page.keyboard.press('Enter')
      await expect(card(page, ft)).toBeVisible()
      // Until the page's smooth scroll has come to rest.
      await expect
        .poll(async () => {
          const before = await page.evaluate(() => scrollY)
          await page.waitForTimeout(150)
          return before === (await page.evaluate(() => scrollY))
        })
        .toBe(true)
    }
    // Once to find where the page comes to rest, and the point of it on the other phrase's words.
    await followLink()
    const point = await phrase(page, exercises).evaluate((element) => {
      const { left, top, width, height } = element.getClientRects()[0] as DOMRect
      return { x: left + width / 2, y: top + height / 2 }
    })
    await page.goBack()
    await expect(link).toBeFocused()
    await page.mouse.move(point.x, point.y)
    await followLink()
    const underPointer = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[aria-haspopup]')?.id,
      point,
    )
    expect(underPointer).toBe(exercises.id)
    await page.waitForTimeout(HOVER_OPEN_DELAY_MS * 2)
    await expect(card(page, ft)).toBeVisible()
    await expect(card(page, exercises)).toBeHidden()
    await expect(phrase(page, ft)).toBeFocused()
  })

  test('after a click in the story, Tab goes on from the click, not from the top', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    const paragraph = page.getByRole('paragraph').filter({ hasText: 'This is a significant shift' })
    // Its first words, before the phrase in it: plain text, which no focus can land on.
    await paragraph.click({ position: { x: 4, y: 4 } })
    await page.keyboard.press('Tab')
    await expect(phrase(page, split)).toBeFocused()

    // Again after Close, clicked, has parked the focus on the story, so that it was not lost.
    await page.keyboard.press('Escape')
    await appealBanner(page).getByRole('button', { name: 'Close the message' }).click()
    await expect(page.getByRole('main')).toBeFocused()
    await paragraph.click({ position: { x: 4, y: 4 } })
    await page.keyboard.press('Tab')
    await expect(phrase(page, split)).toBeFocused()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a card whose phrase scrolls under the appeal hides until the phrase comes back', async ({
    page,
  }) => {
    const bannerTop = await openThenScrollUnderAppeal(page, tass, (opener) => opener.tap())
    await scrollPhraseTo(phrase(page, tass), bannerTop / 2)
    await expect(card(page, tass)).toBeVisible()
    await expect(phrase(page, tass)).toHaveAttribute('aria-expanded', 'true')
  })

  test('a card too tall for either side of its phrase takes the side with more room', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    // The phrase's first line just below the middle: 426 px above it, 338 px below.
    const tapAt = await firstLineAt(phrase(page, commission), 440)
    // On its first line, where it is: a tap on the locator would scroll it into view first.
    await page.touchscreen.tap(tapAt.x, tapAt.y)
    const cardBox = await card(page, commission).boundingBox()
    const phraseBox = await phrase(page, commission).boundingBox()
    expect(cardBox && phraseBox && cardBox.y + cardBox.height <= phraseBox.y).toBe(true)
  })

  test('closing a card leaves the page where the reader had scrolled it', async ({ page }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    await scrollToMiddle(phrase(page, shoigu))
    const tapAt = await centreOf(phrase(page, shoigu))
    await page.touchscreen.tap(tapAt.x, tapAt.y)
    await expect(card(page, shoigu)).toBeVisible()
    // Read on, with the phrase still near the top of the window: the page jumped back 127 px.
    await page.evaluate(() => window.scrollBy(0, 150))
    const readTo = await page.evaluate(() => window.scrollY)
    const close = card(page, shoigu).getByRole('button', { name: 'Close' })
    await expect(close).toBeInViewport({ ratio: 1 })
    const closeAt = await centreOf(close)
    await page.touchscreen.tap(closeAt.x, closeAt.y)
    await expect(card(page)).toHaveCount(0)
    await expect(phrase(page, shoigu)).toBeFocused()
    expect(await page.evaluate(() => window.scrollY)).toBe(readTo)
  })

  test('a screen reader reading on from a tapped phrase comes to its card at the paragraph’s end', async ({
    page,
  }) => {
    await openReader(page)
    for (const annotation of publishedAnnotations()) {
      await scrollToMiddle(phrase(page, annotation))
      await phrase(page, annotation).tap()
      await expect(card(page, annotation)).toBeVisible()
      // What a screen reader reads, in its order: after the phrase, the rest of its paragraph
      // (text and other phrases), then the card, before any other paragraph or heading. The
      // masthead's card comes after the headline, the date and the paper's site: before them, its
      // heading preceded the page's <h1>.
      const read = (await page.getByRole('main').ariaSnapshot()).split('\n').map((l) => l.trim())
      const from = read.findIndex((line) =>
        line.startsWith(`- button "${annotation.target.exact}"`),
      )
      const to = read.findIndex((line) => line.startsWith('- dialog'))
      expect(from, annotation.id).toBeGreaterThan(-1)
      expect(to, annotation.id).toBeGreaterThan(from)
      const between = read.slice(from + 1, to)
      expect(
        between.filter((line) => !/^- (text|button)\b/.test(line)),
        annotation.id,
      ).toEqual(
        annotation.id === 'the-moscow-times'
          ? [
              `- heading "${article.headline}" [level=1]`,
              '- paragraph:',
              `- time: ${article.published.label}`,
              '- link "themoscowtimes.com":',
              '- /url: https://www.themoscowtimes.com/',
            ]
          : [],
      )
      await card(page, annotation).getByRole('button', { name: 'Close' }).tap()
      await expect(card(page)).toHaveCount(0)
    }
  })

  test('a tap opens the card inside the screen, and a tap elsewhere closes it', async ({
    page,
  }) => {
    await openReader(page)
    await scrollToMiddle(phrase(page, xu))
    await phrase(page, xu).tap()
    await expect(card(page, xu)).toBeVisible()
    const box = await card(page, xu).boundingBox()
    expect(box).not.toBeNull()
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      expect(box.y + box.height).toBeLessThanOrEqual(844)
    }
    await page.getByRole('heading', { level: 1 }).tap()
    await expect(card(page)).toHaveCount(0)
  })

  test('Back and Forward go through the index’s links as through any links within a page', async ({
    page,
  }) => {
    await openReader(page)
    // The same link twice makes one entry, as a link to the address's own #id does.
    for (const annotation of [shoigu, shoigu, tass]) {
      await indexLink(page, annotation).tap()
      await expect(card(page, annotation)).toBeInViewport()
    }
    // Back and Forward go to the link before or after: its phrase, focused, and its card.
    for (const [go, annotation] of [
      [() => page.goBack(), shoigu],
      [() => page.goForward(), tass],
    ] as const) {
      await go()
      expect(new URL(page.url()).hash).toBe(`#${annotation.id}`)
      await expect(card(page, annotation)).toBeInViewport()
      await expect(phrase(page, annotation)).toBeFocused()
    }
    // Back from the first goes to the index, where the reader was, with the focus on the link.
    await page.goBack()
    await page.goBack()
    expect(new URL(page.url()).hash).toBe('')
    await expect(card(page)).toHaveCount(0)
    await expect(indexLink(page, shoigu)).toBeFocused()
    expect(await isInViewAboveAppeal(page, indexLink(page, shoigu))).toBe(true)
  })

  test('Back at once, while the page still scrolls to the phrase, returns to the index too', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    await indexLink(page, tass).tap()
    await page.goBack()
    expect(new URL(page.url()).hash).toBe('')
    await expect(card(page)).toHaveCount(0)
    await expect(indexLink(page, tass)).toBeFocused()
    // The scroll to the phrase, still running, had won over the browser's return to the index.
    await expect.poll(() => isInViewAboveAppeal(page, indexLink(page, tass))).toBe(true)
  })

  test('Back to the index shows the link followed clear of the appeal docked meanwhile', async ({
    page,
  }) => {
    const release = await holdAppeal(page)
    await openReader(page)
    const link = indexLink(page, commission)
    // Low in the window, where the appeal is to dock.
    await link.evaluate((element) =>
      window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 40),
    )
    await link.tap()
    await expect(card(page, commission)).toBeInViewport()
    release()
    await appealDecided(page, 'shown')
    await page.goBack()
    await expect(link).toBeFocused()
    // The browser put the page back after the focus had scrolled the link clear: behind the appeal.
    await expect.poll(() => isInViewAboveAppeal(page, link)).toBe(true)
  })

  test('a shared link opens its card whole below the phrase, as the index does', async ({
    page,
  }) => {
    // Centred before the appeal came, Shoigu's phrase left its card 398 px of 420, above it.
    for (const annotation of [shoigu, commission]) {
      await openReader(page, `/#${annotation.id}`)
      await appealDecided(page, 'shown')
      await expect(card(page, annotation)).toBeInViewport({ ratio: 1 })
      expect(await showsWhole(card(page, annotation)), annotation.title).toBe(true)
      const cardBox = await card(page, annotation).boundingBox()
      const phraseBox = await phrase(page, annotation).boundingBox()
      expect(cardBox && phraseBox && cardBox.y >= phraseBox.y + phraseBox.height).toBe(true)
    }
  })
})

test.describe('links and choices', () => {
  test('a #hash naming an annotation opens its card on load', async ({ page }) => {
    await openReader(page, `/#${commission.id}`)
    await expect(card(page, commission)).toBeVisible()
    await expect(phrase(page, commission)).toBeFocused()
  })

  test('a link to elsewhere in the page closes the card a #hash opened, and Back opens it again', async ({
    page,
  }) => {
    await openReader(page, `/#${commission.id}`)
    await expect(card(page, commission)).toBeVisible()
    // Left open, it stood by its phrase, out of sight above where the page had gone (635 px above
    // the window at 1280 × 800).
    await page.evaluate(() => (window.location.hash = '#annotation-index'))
    await expect(card(page)).toHaveCount(0)
    await page.goBack()
    await expect(card(page, commission)).toBeVisible()
    await expect(phrase(page, commission)).toBeFocused()
  })

  test('Tab on a phrase whose card hid under the appeal brings both back, into the card', async ({
    page,
  }) => {
    await openThenScrollUnderAppeal(page, tass, tabTo)
    // A hidden card takes no focus: Tab did nothing, again and again.
    await page.keyboard.press('Tab')
    await expect(card(page, tass).getByRole('link', { name: firstSourceLabel(tass) })).toBeFocused()
    await expect(card(page, tass)).toBeVisible()
    expect(await isInViewAboveAppeal(page, phrase(page, tass))).toBe(true)
  })

  test('a card open when the appeal docks moves clear of it, if it fits above', async ({
    page,
  }) => {
    const publisher = publishedAnnotation('the-moscow-times')
    const release = await holdAppeal(page)
    await page.setViewportSize({ width: 1280, height: 800 })
    await openReader(page, `/#${publisher.id}`)
    await expect(card(page, publisher)).toBeInViewport({ ratio: 1 })
    release()
    await appealDecided(page, 'shown')
    // Placed for the window without the appeal, the card reached 38 px over it until a scroll.
    await expect.poll(() => isInViewAboveAppeal(page, card(page, publisher))).toBe(true)
    expect(await showsWhole(card(page, publisher))).toBe(true)
  })

  test('switching a kind off leaves its text in place, and the choice survives a reload', async ({
    page,
  }) => {
    await openReader(page)
    const paragraph = shoiguParagraph(page)
    const before = await paragraph.boundingBox()
    await page.getByRole('checkbox', { name: 'People' }).uncheck()
    await expect(phrase(page, shoigu)).toHaveCount(0)
    await expect(paragraph).toContainText(shoigu.target.exact)
    expect(await paragraph.boundingBox()).toEqual(before)
    await expect(phrase(page, tass)).toBeVisible()

    await page.reload()
    await openReader(page)
    await expect(page.getByRole('checkbox', { name: 'People' })).not.toBeChecked()
    await expect(phrase(page, shoigu)).toHaveCount(0)
    await expect(phrase(page, tass)).toBeVisible()
  })

  test('on a page the browser has translated, the switches and cards still work', async ({
    page,
  }) => {
    await openReader(page)
    await appealDecided(page, 'shown')
    expect(await page.evaluate(translatePage)).toBeGreaterThan(100)
    await page.getByRole('checkbox', { name: 'People' }).uncheck()
    await expect(phrase(page, shoigu)).toHaveCount(0)
    await page.getByRole('checkbox', { name: 'People' }).check()
    await scrollToMiddle(phrase(page, shoigu))
    await phrase(page, shoigu).click()
    await expect(card(page, shoigu)).toBeVisible()
    await expect(page.getByText('We couldn’t show the annotations.')).toHaveCount(0)
  })

  test('with storage blocked, a switch still works for the visit, and says it will not be kept', async ({
    page,
  }) => {
    await page.addInitScript(blockLocalStorage)
    await openReader(page)
    const note = page.getByRole('group', { name: 'Show annotations' }).getByRole('status')
    await expect(note).toBeEmpty()
    await page.getByRole('checkbox', { name: 'People' }).uncheck()
    await expect(phrase(page, shoigu)).toHaveCount(0)
    await expect(note).toHaveText(
      'Your choice holds for this visit only: your browser won’t let this page remember it.',
    )
    await page.reload()
    await openReader(page)
    await expect(page.getByRole('checkbox', { name: 'People' })).toBeChecked()
    await expect(note).toBeEmpty()
  })

  test('a selection from the headline into the story leaves the switches out of the copy', async ({
    page,
  }) => {
    await openReader(page)
    const headline = await page.getByRole('heading', { level: 1 }).boundingBox()
    const story = await page.getByText(article.paragraphs[0] as string).boundingBox()
    if (!headline || !story) throw new Error('the headline or the story has no box')
    await page.mouse.move(headline.x + 2, headline.y + 10)
    await page.mouse.down()
    await page.mouse.move(story.x + story.width - 4, story.y + story.height - 8, { steps: 8 })
    await page.mouse.up()
    const copied = await page.evaluate(() => String(window.getSelection()))
    expect(copied).toContain(article.headline)
    expect(copied).toContain(article.paragraphs[0])
    for (const label of ['Annotations', 'People', 'Sources', 'History']) {
      expect(copied).not.toContain(label)
    }
  })

  test('Tab brings each switch’s whole row, ring and underline, into view above the appeal', async ({
    page,
  }) => {
    for (const size of SHORT_SCREENS) {
      await openWithAppealAt(page, size)
      await page.getByRole('link', { name: 'themoscowtimes.com' }).focus()
      for (const kind of ['Annotations', 'People', 'Sources', 'History']) {
        await page.keyboard.press('Tab')
        const box = page.getByRole('checkbox', { name: kind })
        await expect(box).toBeFocused()
        // The row is the label: 2.75rem tall, with the box, its ring and the word inside it.
        const row = page.locator('label').filter({ has: box })
        expect(await isInViewAboveAppeal(page, row), `${kind} at ${size.width} px`).toBe(true)
      }
    }
  })

  test('with storage blocked on a short screen, the note comes into view above the appeal, each time', async ({
    page,
  }) => {
    await page.addInitScript(blockLocalStorage)
    for (const size of SHORT_SCREENS) {
      await openWithAppealAt(page, size)
      const note = page.getByRole('group', { name: 'Show annotations' }).getByRole('status')
      const history = page.getByRole('checkbox', { name: 'History' })
      await history.click()
      await expect(note).toHaveText(/holds for this visit only/)
      await expect
        .poll(() => isInViewAboveAppeal(page, note), `${size.width} × ${size.height}`)
        .toBe(true)
      // Scrolled back under the appeal, it comes up again with the next switch that is not kept,
      // though its words stay the same.
      await page.evaluate(() => window.scrollTo(0, 0))
      expect(await isInViewAboveAppeal(page, note)).toBe(false)
      await history.press('Space')
      await expect(history).toBeChecked()
      await expect
        .poll(() => isInViewAboveAppeal(page, note), `again at ${size.width} × ${size.height}`)
        .toBe(true)
    }
  })

  test('the switches share one row on a 360 px phone, and with WCAG text spacing wrap rather than overlap', async ({
    page,
  }) => {
    const kinds = ['People', 'Sources', 'History']
    const itemOf = (kind: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: kind }) })
    // Each switch's box, widened by however far its checkbox, word and glyph run past it.
    const boxesOf = () =>
      Promise.all(
        kinds.map((kind) =>
          itemOf(kind).evaluate((element) => {
            const { x, y, width, height } = element.getBoundingClientRect()
            return { x, y, right: x + Math.max(width, element.scrollWidth), bottom: y + height }
          }),
        ),
      )
    type Box = Awaited<ReturnType<typeof boxesOf>>[number]
    const overlap = (a: Box, b: Box) =>
      a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom

    await page.setViewportSize({ width: 360, height: 640 })
    await openReader(page)
    const rows = new Set((await boxesOf()).map((box) => Math.round(box.y)))
    expect(rows.size).toBe(1)

    await setTextSpacing(page)
    for (const width of [320, 354, 360, 375, 390]) {
      await page.setViewportSize({ width, height: 844 })
      const boxes = await boxesOf()
      for (const [i, box] of boxes.entries()) {
        expect(box.right, `${kinds[i]} at ${width} px`).toBeLessThanOrEqual(width)
        for (const other of boxes.slice(i + 1)) {
          expect(overlap(box, other), `${kinds[i]} at ${width} px`).toBe(false)
        }
      }
    }
  })

  test('a kind switched off in another tab takes this tab’s focus from its card to the switch', async ({
    page,
    context,
  }) => {
    await openReader(page, `/#${shoigu.id}`)
    const link = card(page, shoigu).getByRole('link')
    await link.first().focus()
    const other = await context.newPage()
    await openReader(other)
    await other.getByRole('checkbox', { name: 'People' }).uncheck()

    await expect(card(page)).toHaveCount(0)
    await expect(phrase(page, shoigu)).toHaveCount(0)
    await expect(page.getByRole('checkbox', { name: 'People' })).toBeFocused()
    expect(new URL(page.url()).hash).toBe('')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('checkbox', { name: 'Sources' })).toBeFocused()

    // The master switch disables the kinds' switches: the focus moves to it, where keys still work.
    await other.getByRole('checkbox', { name: 'Annotations' }).uncheck()
    await expect(page.getByRole('checkbox', { name: 'Sources' })).toBeDisabled()
    await expect(page.getByRole('checkbox', { name: 'Annotations' })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(phrase(page, tass)).toBeVisible()
  })

  test('on paper the phrases are plain text in the story, and the index a glossary, with no card or switches', async ({
    page,
  }) => {
    await openReader(page)
    // Printed where the keyboard left the focus: its ring is not printed with the page.
    const indexLink = page
      .getByRole('region', { name: 'In this article' })
      .getByRole('link')
      .first()
    await indexLink.focus()
    await page.keyboard.press('Escape')
    await page.emulateMedia({ media: 'print' })
    await expect(indexLink).toHaveCSS('outline-style', 'none')
    await expect(shoiguParagraph(page)).toBeVisible()
    await expect(
      shoiguParagraph(page).getByText(shoigu.target.exact, { exact: true }),
    ).toBeVisible()
    // Still the same words in the sentence, but no longer marked as something to press.
    await expect(phrase(page, shoigu)).toHaveCSS('text-decoration-line', 'none')
    await expect(page.getByRole('checkbox')).toHaveCount(0)
    // The index is a glossary on paper: its names lead nowhere, and do not look as if they did.
    const text = await shoiguParagraph(page).evaluate((element) => getComputedStyle(element).color)
    await expect(indexLink).toHaveCSS('color', text)
    await expect(indexLink).toHaveCSS('text-decoration-line', 'none')
  })
})
