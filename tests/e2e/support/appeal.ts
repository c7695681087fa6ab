import { expect, type Locator, type Page } from '@playwright/test'
import { readContent } from './content'

export interface AppealDocument {
  heading: string
  greeting: string
  paragraphs: string[]
  donate: { label: string; url: string }
  choices: Record<
    'remindLater' | 'close' | 'alreadySupporting',
    { label: string; hideForDays: number }
  >
}

export const appeal = readContent<AppealDocument>('appeal')

export const DAY_MS = 24 * 60 * 60 * 1000

export function appealBanner(page: Page): Locator {
  return page.getByRole('region', { name: appeal.heading })
}

/** The status line the banner leaves after a choice. */
export function appealStatus(page: Page): Locator {
  return page.locator('[data-appeal]').getByRole('status')
}

/**
 * Waits until the banner has loaded the appeal and read the reader's decision, so that "it is
 * not there" is an answer rather than a check made too early.
 */
export async function appealDecided(page: Page, expected: 'shown' | 'hidden'): Promise<void> {
  await expect(page.locator('[data-appeal]')).toHaveAttribute('data-appeal', expected)
  if (expected === 'shown') {
    const banner = appealBanner(page)
    await expect(banner).toBeVisible()
    // Measurements and colour checks wait for the slide-in to finish.
    await banner.evaluate((element) =>
      Promise.all(element.getAnimations().map((animation) => animation.finished)),
    )
  } else {
    await expect(appealBanner(page)).toHaveCount(0)
  }
}

/** Waits for the banner, then closes it with its Close: a page with the story alone on screen. */
export async function closeAppeal(page: Page): Promise<void> {
  await appealDecided(page, 'shown')
  await appealBanner(page).getByRole('button', { name: 'Close the message' }).click()
}

/** Makes every access to localStorage fail, as strict privacy settings do. */
export function blockLocalStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    },
  })
}

/** Storage that takes writes but throws on reads, as some privacy settings make it. */
export function blockLocalStorageReads(): void {
  Storage.prototype.getItem = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
}

/**
 * Holds the appeal's document back until the returned function is called: for what the page does
 * when the banner docks after the reader has begun.
 */
export async function holdAppeal(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/content/appeal.json', async (route) => {
    await held
    await route.continue()
  })
  return release
}

export function choice(page: Page, name: string) {
  return appealBanner(page).getByRole('button', { name, exact: true })
}

/**
 * The ancestors whose visible box does not hold the whole element, with its focus ring if it
 * shows one: a control scrolled out of the banner's text area is hidden though it is inside the
 * window. Named, so a failure says which.
 */
export function clippedBy(element: Locator): Promise<string[]> {
  return element.evaluate((target) => {
    const { outlineStyle, outlineWidth, outlineOffset } = getComputedStyle(target)
    const ring =
      outlineStyle === 'none'
        ? 0
        : (parseFloat(outlineWidth) || 0) + (parseFloat(outlineOffset) || 0)
    const { top: t, bottom: b, left: l, right: r } = target.getBoundingClientRect()
    const box = { top: t - ring, bottom: b + ring, left: l - ring, right: r + ring }
    const clippers: string[] = []
    for (let ancestor = target.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(ancestor)
      if (overflowX === 'visible' && overflowY === 'visible') continue
      const outer = ancestor.getBoundingClientRect()
      const top = outer.top + ancestor.clientTop
      const left = outer.left + ancestor.clientLeft
      const inside =
        box.top >= top - 0.5 &&
        box.bottom <= top + ancestor.clientHeight + 0.5 &&
        box.left >= left - 0.5 &&
        box.right <= left + ancestor.clientWidth + 0.5
      if (!inside) clippers.push(`${ancestor.tagName.toLowerCase()}.${ancestor.className}`)
    }
    return clippers
  })
}

/** "Read the full message" and the three choices: each wholly in view, clipped by nothing. */
export async function expectEveryChoiceInView(page: Page) {
  const banner = appealBanner(page)
  for (const control of [
    banner.getByRole('button', { name: 'Read the full message' }),
    banner.getByRole('link', { name: appeal.donate.label }),
    choice(page, appeal.choices.remindLater.label),
    choice(page, appeal.choices.alreadySupporting.label),
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 })
    await expect.poll(() => clippedBy(control)).toEqual([])
  }
}
