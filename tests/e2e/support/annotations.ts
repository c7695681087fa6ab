import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { readContent } from './content'
import { paintedColours, pixelsOf } from './pixels'

export interface AnnotationEntry {
  id: string
  kind: 'person' | 'source' | 'history'
  target: { exact: string; prefix?: string; suffix?: string }
  title: string
  role: string
  context: string
  sources: { label: string; url: string }[]
}

const { annotations } = readContent<{ annotations: AnnotationEntry[] }>('annotations')

/** Every published annotation, in the content's order. */
export function publishedAnnotations(): readonly AnnotationEntry[] {
  return annotations
}

/** A published annotation by id: tests use the real content, so names come from it. */
export function publishedAnnotation(id: string): AnnotationEntry {
  const annotation = annotations.find((entry) => entry.id === id)
  if (!annotation) throw new Error(`public/content/annotations.json has no "${id}" annotation`)
  return annotation
}

/** The label of an annotation's first source: the link that Tab reaches first in its card. */
export function firstSourceLabel(annotation: AnnotationEntry): string {
  const [first] = annotation.sources
  if (!first) throw new Error(`"${annotation.id}" has no source`)
  return first.label
}

/** Fails the test on any console error or uncaught exception (hydration mismatches included). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** The phrase of an annotation, as a reader's assistive technology names it. */
export function phrase(page: Page, annotation: AnnotationEntry): Locator {
  return page.getByRole('button', { name: annotation.target.exact, exact: true })
}

/**
 * Focuses an element as the keyboard does: Tab from the one before it (Shift+Tab from the one after
 * it, for the first). Only a focus that Tab brings opens a phrase's card; a script's, or a screen
 * reader's reading cursor's, opens none. With a card open, Tab's order is not the document's: it
 * goes into the card after its phrase. So no card may be open.
 */
export async function tabTo(target: Locator): Promise<void> {
  await expect(target.page().getByRole('dialog')).toHaveCount(0)
  const key = await target.evaluate((element) => {
    const tabbable = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]'),
    ].filter(
      (candidate) =>
        candidate.tabIndex >= 0 &&
        !(candidate as HTMLInputElement).disabled &&
        !candidate.closest('[inert]') &&
        candidate.checkVisibility({ visibilityProperty: true }),
    )
    const at = tabbable.indexOf(element as HTMLElement)
    if (at === -1) throw new Error('tabTo: the element is not in the Tab order')
    const from = tabbable[at - 1] ?? tabbable[at + 1]
    from?.focus({ preventScroll: true })
    return at === 0 ? 'Shift+Tab' : 'Tab'
  })
  await target.page().keyboard.press(key)
  await expect(target).toBeFocused()
}

export function card(page: Page, annotation?: AnnotationEntry): Locator {
  return annotation
    ? page.getByRole('dialog', { name: annotation.title, exact: true })
    : page.getByRole('dialog')
}

/**
 * Opens the page and waits for hydration (React has attached to the prerendered phrases), so
 * what the test does next reaches the app rather than the static HTML.
 */
export async function openReader(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await page.waitForFunction(() => {
    const button = document.querySelector('main [role="button"][aria-haspopup="dialog"]')
    return !!button && Object.keys(button).some((key) => key.startsWith('__reactFiber'))
  })
}

/** Scrolls an element to the middle of the viewport, clear of anything docked at the bottom. */
export async function scrollToMiddle(locator: Locator): Promise<void> {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }))
}

export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('the element has no box')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

interface HoverTimes {
  enteredAt?: number
  openedAt?: number
}

/**
 * Starts timing, inside the page, from the pointer entering a phrase to a card appearing: the
 * delay is then measured where it happens, not across a busy test runner.
 */
export async function timeHoverOpening(page: Page, annotation: AnnotationEntry): Promise<void> {
  await page.evaluate((id) => {
    const times: HoverTimes = {}
    Object.assign(window, { hoverTimes: times })
    document.getElementById(id)?.addEventListener(
      'pointerenter',
      () => {
        times.enteredAt = performance.now()
      },
      { once: true },
    )
    new MutationObserver((_, observer) => {
      if (document.querySelector('[role="dialog"]')) {
        times.openedAt = performance.now()
        observer.disconnect()
      }
    }).observe(document.body, { childList: true, subtree: true })
  }, annotation.id)
}

/** Milliseconds from the pointer entering the phrase to the card appearing. */
export async function hoverOpeningDelay(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const { enteredAt, openedAt } = (window as unknown as { hoverTimes: HoverTimes }).hoverTimes
    return enteredAt !== undefined && openedAt !== undefined ? openedAt - enteredAt : false
  })
  return (await handle.jsonValue()) as number
}

/**
 * Scrolls the page so that the phrase's first line has its top at `top` (by default, its middle
 * at the window's middle), and gives a point on that line: a pointer or a tap there finds the
 * phrase where it was put, which Playwright's own actions would first scroll into view.
 */
export async function firstLineAt(
  locator: Locator,
  top?: number,
): Promise<{ x: number; y: number }> {
  const point = await locator.evaluate((element, wanted) => {
    const [first] = element.getClientRects()
    if (first) {
      const at = wanted ?? (window.innerHeight - first.height) / 2
      window.scrollBy(0, first.top - at)
    }
    const [line] = element.getClientRects()
    return line && { x: line.left + 4, y: line.top + line.height / 2 }
  }, top)
  if (!point) throw new Error('the phrase has no box')
  return point
}

export interface LetterLine {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * The lines of a phrase's letters in the window, without the room the phrase keeps above and after
 * them for its glyph; and its font size, which that room is measured in.
 */
export function letterLines(locator: Locator): Promise<{ lines: LetterLine[]; em: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    return {
      lines: [...range.getClientRects()].map(({ left, right, top, bottom }) => ({
        left,
        right,
        top,
        bottom,
      })),
      em: parseFloat(getComputedStyle(element).fontSize),
    }
  })
}

/**
 * Pixels of the glyph's colour in the strip just above a line of letters, around `x` on it: where
 * a phrase's glyph shows, and no letter reaches.
 */
export async function glyphPixelsAbove(
  page: Page,
  glyph: string,
  { x, top, em }: { x: number; top: number; em: number },
): Promise<number> {
  const area = { x: x - 0.3 * em, y: top - 0.24 * em, width: 0.6 * em, height: 0.24 * em }
  return pixelsOf(await paintedColours(page, area), glyph)
}
