import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  appeal,
  appealBanner,
  appealDecided,
  appealStatus,
  blockLocalStorage,
  blockLocalStorageReads,
  choice,
  clippedBy,
  DAY_MS,
  expectEveryChoiceInView,
} from './support/appeal'
import { card, centreOf, phrase, publishedAnnotation } from './support/annotations'
import { readContent, type ArticleDocument } from './support/content'
import { areaOf, paintedColourOf, paintedColours, pixelsOf } from './support/pixels'
import { setTextSize, setTextSpacing } from './support/textSpacing'

const article = readContent<ArticleDocument>('article')
/** A Friday: "Remind me later" then points at Monday. */
const T0 = new Date('2026-11-27T10:00:00Z')
const HOUR = 60 * 60 * 1000

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** A fresh visit at this size, with the banner shown, and its disclosure. */
async function showBannerAt(page: Page, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport)
  await page.goto('/')
  await appealDecided(page, 'shown')
  const banner = appealBanner(page)
  return { banner, more: banner.getByRole('button', { name: 'Read the full message' }) }
}

/** Opened, the banner shows most of the message's second paragraph, and keeps to 85%. */
async function expectNextParagraphShown(banner: Locator, viewport: { height: number }) {
  const [, next = ''] = appeal.paragraphs
  await expect(banner.getByText(next.slice(0, 40))).toBeInViewport({ ratio: 0.5 })
  expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(viewport.height * 0.85 + 1)
}

function isFocused(element: Locator): Promise<boolean> {
  return element.evaluate((target) => target === document.activeElement)
}

async function openAt(page: Page, time: Date) {
  await page.clock.install({ time })
  await page.goto('/')
  await appealDecided(page, 'shown')
}

async function reloadAt(page: Page, time: number, expected: 'shown' | 'hidden') {
  await page.clock.setSystemTime(time)
  await page.reload()
  await appealDecided(page, expected)
}

test('is not in the prerendered page, and appears after hydration with the whole appeal', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  expect(html).toContain(article.headline)
  // The banner is not in it: the HTML's one copy of the appeal is the hidden one for readers whom
  // the app cannot reach.
  const hiddenCopy = /<aside\b[^>]*\bhidden\b[^>]*>[\s\S]*?<\/aside>/.exec(html)?.[0] ?? ''
  expect(hiddenCopy).toContain(appeal.greeting)
  expect(html.replace(hiddenCopy, '')).not.toContain(appeal.greeting)

  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  await page.goto('/')
  await appealDecided(page, 'shown')
  expect(consoleErrors).toEqual([])
  // It never takes the focus on its own.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  const banner = appealBanner(page)
  await expect(banner.getByRole('heading', { name: appeal.heading })).toBeVisible()
  await expect(banner.getByText(appeal.greeting)).toBeVisible()
  await expect(banner.getByRole('link', { name: appeal.donate.label })).toHaveAttribute(
    'href',
    appeal.donate.url,
  )
  await banner.getByRole('button', { name: 'Read the full message' }).click()
  for (const paragraph of appeal.paragraphs) {
    await expect(banner.getByText(paragraph, { exact: true })).toHaveCount(1)
  }
})

test.describe('in Moscow (UTC+3)', () => {
  test.use({ timezoneId: 'Europe/Moscow' })

  test('"Remind me later." names the day, keeps the promise after a reload and returns as that day begins', async ({
    page,
  }) => {
    // Friday at 13:00 in Moscow: 3 days on is Monday, and Tuesday, the day after, begins there at
    // 21:00 UTC on Monday.
    await openAt(page, T0)
    await choice(page, appeal.choices.remindLater.label).click()
    await expect(appealBanner(page)).toHaveCount(0)
    await expect(appealStatus(page)).toContainText('We’ll remind you on Tuesday, 1 December.')
    await expect(appealStatus(page)).toBeFocused()

    await page.reload()
    await appealDecided(page, 'hidden')

    // At 23:00 on Monday, still away. A tab left open, and in view, then brings it back as Tuesday
    // begins: it had waited for the tab to be hidden and shown again.
    await reloadAt(page, Date.parse('2026-11-30T20:00:00Z'), 'hidden')
    await page.clock.fastForward(HOUR + 60_000)
    await appealDecided(page, 'shown')
    await page.reload()
    await appealDecided(page, 'shown')
  })
})

// A reduced-motion reader gets no animation, and every change at once: nothing may wait on one.
for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test.describe(`with reduced motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion })

    test('Undo brings the banner back and puts the focus on "Remind me later."', async ({
      page,
    }) => {
      await openAt(page, T0)
      const remind = choice(page, appeal.choices.remindLater.label)
      await remind.focus()
      await page.keyboard.press('Enter')
      await expect(appealStatus(page)).toBeFocused()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await appealDecided(page, 'shown')
      await expect(remind).toBeFocused()
      await page.reload()
      await appealDecided(page, 'shown')
    })

    test('"Read the full message" closes back to the preview, its button focused and in view', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto('/')
      await appealDecided(page, 'shown')
      const banner = appealBanner(page)
      const more = banner.getByRole('button', { name: 'Read the full message' })
      const collapsedHeight = (await banner.boundingBox())?.height
      await more.click()
      await expect(more).toHaveAttribute('aria-expanded', 'true')
      await more.click()
      await expect(more).toHaveAttribute('aria-expanded', 'false')
      await expect(more).toBeFocused()
      await expect(more).toBeInViewport({ ratio: 1 })
      expect(await clippedBy(more)).toEqual([])
      expect((await banner.boundingBox())?.height).toBe(collapsedHeight)
    })
  })
}

/** A goodbye is said to screen readers, and leaves nothing on screen: the banner is seen to go. */
async function expectSaidOffScreen(page: Page, said: string) {
  const status = page.getByRole('status').filter({ hasText: said })
  await expect(status).toHaveCount(1)
  const box = await status.boundingBox()
  expect(box && box.width * box.height).toBeLessThanOrEqual(1)
}

test('a reader still on the reminder’s note when the banner comes back goes on in the banner', async ({
  page,
}) => {
  await openAt(page, T0)
  await choice(page, appeal.choices.remindLater.label).click()
  await page.getByRole('button', { name: 'Undo' }).focus()
  // The reminder runs out while the tab is away, and the banner is back when it is shown again.
  await page.clock.setSystemTime(T0.getTime() + 4 * DAY_MS)
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  await expect(choice(page, appeal.choices.remindLater.label)).toBeFocused()
})

test('Close keeps it away for 30 days', async ({ page }) => {
  await openAt(page, T0)
  await appealBanner(page).getByRole('button', { name: 'Close the message' }).press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The focus is parked on the story, which no reader can Tab to: no ring round all of it.
  await expect(page.getByRole('main')).toHaveCSS('outline-style', 'none')
  await expectSaidOffScreen(page, 'The message is closed.')
  await reloadAt(page, T0.getTime() + 29 * DAY_MS, 'hidden')
  await reloadAt(page, T0.getTime() + 31 * DAY_MS, 'shown')
})

test('a keyboard reader who Tabbed into it from the story goes back there when it goes', async ({
  page,
}) => {
  await openAt(page, T0)
  const lastLink = page.getByRole('region', { name: 'In this article' }).getByRole('link').last()
  await lastLink.focus()
  await page.keyboard.press('Tab')
  await expect(appealBanner(page).getByRole('button', { name: 'Close the message' })).toBeFocused()
  await page.keyboard.press('Enter')
  await appealDecided(page, 'hidden')
  await expect(lastLink).toBeFocused()
  await expect(lastLink).toBeInViewport()
  // On from there, not from the top of the page: back up through the index.
  await page.keyboard.press('Shift+Tab')
  await expect(
    page.getByRole('region', { name: 'In this article' }).getByRole('link').nth(-2),
  ).toBeFocused()
})

test('so is one who deferred it, and then dismissed the note that took its place', async ({
  page,
}) => {
  await openAt(page, T0)
  const lastLink = page.getByRole('region', { name: 'In this article' }).getByRole('link').last()
  await lastLink.focus()
  const remind = choice(page, appeal.choices.remindLater.label)
  for (let step = 0; step < 6 && !(await isFocused(remind)); step++) {
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  await expect(appealStatus(page)).toBeFocused()
  const dismiss = page.getByRole('button', { name: 'Dismiss this note' })
  for (let step = 0; step < 3 && !(await isFocused(dismiss)); step++) {
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  await expect(dismiss).toHaveCount(0)
  await expect(lastLink).toBeFocused()
})

test('a reader who chose with the pointer has the focus parked on the story', async ({ page }) => {
  await openAt(page, T0)
  await page.getByRole('region', { name: 'In this article' }).getByRole('link').last().focus()
  await appealBanner(page).getByRole('button', { name: 'Close the message' }).click()
  await appealDecided(page, 'hidden')
  await expect(page.getByRole('main')).toBeFocused()
})

test('"I already support The Moscow Times" keeps it away for 180 days', async ({ page }) => {
  await openAt(page, T0)
  await choice(page, appeal.choices.alreadySupporting.label).click()
  await expect(page.getByRole('main')).toBeFocused()
  await expectSaidOffScreen(page, 'Thank you for your support. The message is closed.')
  await reloadAt(page, T0.getTime() + 179 * DAY_MS, 'hidden')
  await reloadAt(page, T0.getTime() + 181 * DAY_MS, 'shown')
})

test('a choice in one tab hides the banner in another at once', async ({ context }) => {
  await context.clock.install({ time: T0 })
  const [first, second] = [await context.newPage(), await context.newPage()]
  for (const tab of [first, second]) {
    await tab.goto('/')
    await appealDecided(tab, 'shown')
  }
  await choice(first, appeal.choices.alreadySupporting.label).click()
  await expect(appealBanner(second)).toHaveCount(0)
})

for (const [blocked, block] of [
  ['blocked', blockLocalStorage],
  ['that takes writes but not reads', blockLocalStorageReads],
] as const) {
  test(`with storage ${blocked}, the choices still hide the banner for the visit, without errors`, async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addInitScript(block)
    await openAt(page, T0)

    await choice(page, appeal.choices.remindLater.label).click()
    await expect(appealBanner(page)).toHaveCount(0)
    await expect(appealStatus(page)).toContainText('Hidden for this visit only')
    await page.getByRole('button', { name: 'Undo' }).click()
    await appealDecided(page, 'shown')

    for (const [name, said] of [
      ['Close the message', 'Hidden for this visit only'],
      // A supporter is thanked, as when the choice is kept.
      [appeal.choices.alreadySupporting.label, 'Thank you for your support. Hidden for this visit'],
    ] as const) {
      await appealBanner(page).getByRole('button', { name, exact: true }).click()
      await appealDecided(page, 'hidden')
      await expect(appealStatus(page)).toContainText(said)
      await expect(page.getByRole('main')).toBeFocused()
      await page.reload()
      await appealDecided(page, 'shown')
    }
    expect(errors).toEqual([])
  })
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`appears without any layout shift at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    await appealDecided(page, 'shown')
    const layoutShift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number
              hadRecentInput: boolean
            }[]) {
              if (!entry.hadRecentInput) total += entry.value
            }
          }).observe({ type: 'layout-shift', buffered: true })
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)))
        }),
    )
    console.log(`cumulative layout shift at ${viewport.width}×${viewport.height}: ${layoutShift}`)
    expect(layoutShift).toBe(0)
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no axe violations with the banner and its status shown (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme })
    await page.goto('/')
    await appealDecided(page, 'shown')
    await appealBanner(page).getByRole('button', { name: 'Read the full message' }).click()
    const withBanner = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(withBanner.violations).toEqual([])

    await choice(page, appeal.choices.remindLater.label).click()
    await expect(appealStatus(page)).toContainText('We’ll remind you on')
    const withStatus = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(withStatus.violations).toEqual([])
  })
}

for (const viewport of [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
  { width: 481, height: 320 },
  { width: 568, height: 320 },
  { width: 640, height: 360 },
  { width: 667, height: 375 },
  { width: 800, height: 360 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
]) {
  test(`shows "Read the full message" and every choice without scrolling, and the rest once opened, at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    const { banner, more } = await showBannerAt(page, viewport)
    await expectEveryChoiceInView(page)
    // The preview gives way to the disclosure; the banner does not grow to make room for it.
    expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(viewport.height * 0.45 + 1)
    // Reached from the keyboard, its focus ring shows whole too.
    await banner.getByRole('button', { name: 'Close the message' }).focus()
    await page.keyboard.press('Tab')
    await expect(more).toBeFocused()
    expect(await clippedBy(more)).toEqual([])

    // Opened, the whole first paragraph returns above it; the control keeps its focus, in view.
    await page.keyboard.press('Enter')
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    await expect(more).toBeFocused()
    await expect(more).toBeInViewport({ ratio: 1 })
    expect(await clippedBy(more)).toEqual([])
    // …and the banner makes room for the rest, which shows right below it.
    await expectNextParagraphShown(banner, viewport)
  })
}

for (const viewport of [
  { width: 320, height: 180 },
  { width: 320, height: 256 },
  { width: 640, height: 256 },
]) {
  test(`in a window this short (${viewport.width}×${viewport.height}), the open message reads in the whole banner, its choices after it`, async ({
    page,
  }) => {
    const { banner, more } = await showBannerAt(page, viewport)
    await more.click()
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    await expect(more).toBeInViewport({ ratio: 1 })
    // Not a slot of two lines beside the choices: most of the next paragraph shows at once.
    await expectNextParagraphShown(banner, viewport)
    // The choices come after the message, in the same scroll.
    const last = choice(page, appeal.choices.alreadySupporting.label)
    await last.scrollIntoViewIfNeeded()
    await expect(last).toBeInViewport({ ratio: 1 })
    expect(await clippedBy(last)).toEqual([])
    // Closed again from there (its focus still on it), the disclosure is back in view.
    await page.keyboard.press('Enter')
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(more).toBeInViewport({ ratio: 1 })
    expect(await clippedBy(more)).toEqual([])
  })
}

for (const { name, viewport, restyle } of [
  {
    name: 'text at 200%',
    viewport: { width: 1280, height: 720 },
    restyle: (page: Page) => setTextSize(page, 200),
  },
  {
    name: 'WCAG text spacing',
    viewport: { width: 320, height: 568 },
    restyle: setTextSpacing,
  },
]) {
  test(`with ${name} set once it shows, every choice is still wholly in view (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    await appealDecided(page, 'shown')
    await restyle(page)
    await expectEveryChoiceInView(page)
  })
}

test('with text at 200% on a small phone held sideways, "Read the full message" is still whole', async ({
  page,
}) => {
  // Beside the heading, the disclosure had 32 px between it and Close: the banner stacks instead.
  const { more } = await showBannerAt(page, { width: 568, height: 320 })
  await setTextSize(page, 200)
  await more.focus()
  await expect(more).toBeInViewport({ ratio: 1 })
  await expect.poll(() => clippedBy(more)).toEqual([])
})

test('with text at 200% on a phone, each choice keeps within the banner, on at most three lines', async ({
  page,
}) => {
  // Two to a row, each took six lines (234 px), and the first ran 20 px past the banner's edge.
  await showBannerAt(page, { width: 390, height: 844 })
  await setTextSize(page, 200)
  const banner = appealBanner(page)
  const [left, right] = await banner.evaluate((element) => {
    const { left, right } = element.getBoundingClientRect()
    const { paddingLeft, paddingRight } = getComputedStyle(element)
    return [left + parseFloat(paddingLeft), right - parseFloat(paddingRight)]
  })
  for (const control of [
    banner.getByRole('link', { name: appeal.donate.label }),
    choice(page, appeal.choices.remindLater.label),
    choice(page, appeal.choices.alreadySupporting.label),
  ]) {
    const box = await control.boundingBox()
    const name = (await control.textContent()) ?? ''
    expect(box?.x, `${name}: left edge`).toBeGreaterThanOrEqual((left ?? 0) - 0.5)
    expect((box?.x ?? 0) + (box?.width ?? 0), `${name}: right edge`).toBeLessThanOrEqual(
      (right ?? 0) + 0.5,
    )
    const lines = await control.evaluate((element) => {
      const style = getComputedStyle(element)
      const inner =
        element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
      return Math.round(inner / parseFloat(style.lineHeight))
    })
    expect(lines, name).toBeLessThanOrEqual(3)
  }
})

test('with text at 150% on a phone held sideways, the heading is whole and clear of the choices', async ({
  page,
}) => {
  // Beside the choices' column, the heading was left no width, and drawn under them.
  const { banner } = await showBannerAt(page, { width: 640, height: 360 })
  await setTextSize(page, 150)
  const heading = banner.getByRole('heading', { name: appeal.heading })
  expect(await heading.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  const headingBox = await heading.boundingBox()
  const controls = [
    ...(await banner.getByRole('link').all()),
    ...(await banner.getByRole('button').all()),
  ]
  for (const control of controls) {
    const box = await control.boundingBox()
    const overlaps =
      !!box &&
      !!headingBox &&
      box.x < headingBox.x + headingBox.width &&
      headingBox.x < box.x + box.width &&
      box.y < headingBox.y + headingBox.height &&
      headingBox.y < box.y + box.height
    expect(overlaps, (await control.textContent()) ?? '').toBe(false)
  }
})

test('a banner that must scroll shades its edge where more is below', async ({ page }) => {
  const { banner } = await showBannerAt(page, { width: 568, height: 320 })
  const surface = await paintedColourOf(page, 'var(--color-surface)')
  // The banner's last 4 px, across its width.
  const foot = async () => {
    const box = await banner.boundingBox()
    const bottom = (box?.y ?? 0) + (box?.height ?? 0)
    const area = areaOf({ left: 0, top: bottom - 4, right: 568, bottom })
    const painted = await paintedColours(page, area)
    return area.width * area.height - pixelsOf(painted, surface)
  }
  // All of it shows: a plain edge.
  expect(await foot()).toBe(0)
  // With text at 200% the choices lie below the banner's fold, with only the shade to tell.
  await setTextSize(page, 200)
  await expect.poll(foot).toBeGreaterThan(568)
})

for (const { viewport, textSize } of [
  { viewport: { width: 360, height: 640 }, textSize: 200 },
  { viewport: { width: 568, height: 320 }, textSize: 125 },
]) {
  test(`with text at ${textSize}% at ${viewport.width}×${viewport.height}, "Read the full message" reached by Tab shows whole with its focus ring`, async ({
    page,
  }) => {
    // The text area is too short for the disclosure with its ring: the ring was cut 3–5 px.
    const { banner, more } = await showBannerAt(page, viewport)
    await setTextSize(page, textSize)
    await banner.getByRole('button', { name: 'Close the message' }).focus()
    await page.keyboard.press('Tab')
    await expect(more).toBeFocused()
    await expect.poll(() => clippedBy(more)).toEqual([])
  })
}

for (const { viewport, textSize } of [
  { viewport: { width: 390, height: 844 }, textSize: 200 },
  { viewport: { width: 320, height: 568 }, textSize: 150 },
  { viewport: { width: 640, height: 360 }, textSize: 150 },
  // At the usual text size, where the room for the ring is its own 6 px (400% zoom).
  { viewport: { width: 320, height: 256 }, textSize: 100 },
]) {
  test(`with text at ${textSize}% at ${viewport.width}×${viewport.height}, the banner scrolls to the last choice with its focus ring whole`, async ({
    page,
  }) => {
    // The banner reaches its cap and scrolls; the last choice came to rest at its very edge, and
    // its ring was cut there.
    await showBannerAt(page, viewport)
    await setTextSize(page, textSize)
    const remind = choice(page, appeal.choices.remindLater.label)
    const last = choice(page, appeal.choices.alreadySupporting.label)
    await remind.focus()
    await page.keyboard.press('Tab')
    await expect(last).toBeFocused()
    await expect.poll(() => clippedBy(last)).toEqual([])
  })
}

for (const viewport of [
  { width: 568, height: 320 },
  { width: 390, height: 844 },
]) {
  test(`the reader's text size changed under the banner reports no error to the page, and its disclosure shows whole (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    // Fitted inside a ResizeObserver's callback, the banner's new height resized the dock that
    // another observer watches, and the browser reported that loop as an error on the page: what
    // an error monitor would log for every reader who changes the text size.
    const { more } = await showBannerAt(page, viewport)
    await page.evaluate(() => {
      const errors: string[] = []
      Object.assign(window, { pageErrors: errors })
      window.addEventListener('error', (event) => errors.push(event.message))
    })
    await setTextSize(page, 150)
    // Fitted to the larger text: "Read the full message" shows whole above the choices.
    await expect(more).toBeInViewport({ ratio: 1 })
    await expect.poll(() => clippedBy(more)).toEqual([])
    // Two frames on, for an error the browser reports after the observers' loop.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    expect(
      await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors),
    ).toEqual([])
  })
}

test.describe('on a phone turned with a card open', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the banner is as it was once the phone is upright again', async ({ page }) => {
    await page.goto('/')
    await appealDecided(page, 'shown')
    const banner = appealBanner(page)
    const upright = (await banner.boundingBox())?.height
    const shoigu = publishedAnnotation('sergei-shoigu')
    await phrase(page, shoigu).evaluate((element) => element.scrollIntoView({ block: 'center' }))
    const tapAt = await centreOf(phrase(page, shoigu))
    await page.touchscreen.tap(tapAt.x, tapAt.y)
    await page.setViewportSize({ width: 844, height: 390 })
    // Placed for the phone on its side, past where the upright window will end.
    await expect
      .poll(async () => {
        const box = await card(page, shoigu).boundingBox()
        return (box?.x ?? 0) + (box?.width ?? 0)
      })
      .toBeGreaterThan(390)
    await page.setViewportSize({ width: 390, height: 844 })
    // The card held the page 466 px wide as the window turned back: fitted to that, the banner
    // grew 22 px and left its disclosure 41 px below the text's box.
    await expectEveryChoiceInView(page)
    await expect.poll(async () => (await banner.boundingBox())?.height).toBe(upright)
    await expect(card(page, shoigu)).toBeInViewport({ ratio: 1 })
  })
})

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 568 } })

  test('every choice is in view and the end of the article scrolls clear of the banner', async ({
    page,
  }) => {
    await page.goto('/')
    await appealDecided(page, 'shown')
    const banner = appealBanner(page)
    const controls = [
      banner.getByRole('button', { name: 'Close the message' }),
      banner.getByRole('link', { name: appeal.donate.label }),
      choice(page, appeal.choices.remindLater.label),
      choice(page, appeal.choices.alreadySupporting.label),
    ]
    for (const control of controls) await expect(control).toBeInViewport({ ratio: 1 })
    const bannerBox = await banner.boundingBox()
    expect(bannerBox?.height).toBeLessThanOrEqual(568 * 0.45 + 1)

    // The very end of the page clears the banner when scrolled all the way down…
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const bannerTop = (await banner.boundingBox())?.y ?? 0
    const articleBox = await page.getByRole('article').boundingBox()
    expect((articleBox?.y ?? Infinity) + (articleBox?.height ?? 0)).toBeLessThanOrEqual(bannerTop)

    // …and the story's last paragraph, brought into view, sits wholly above it.
    const lastParagraph = page
      .getByRole('article')
      .getByRole('paragraph')
      .filter({ hasText: article.paragraphs.at(-1)?.slice(0, 40) })
    await lastParagraph.evaluate((element) => element.scrollIntoView({ block: 'end' }))
    await expect(lastParagraph).toBeInViewport({ ratio: 1 })
    const paragraphBox = await lastParagraph.boundingBox()
    expect((paragraphBox?.y ?? Infinity) + (paragraphBox?.height ?? 0)).toBeLessThanOrEqual(
      (await banner.boundingBox())?.y ?? 0,
    )
  })
})

test('stays compact on a phone held sideways', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 })
  await page.goto('/')
  await appealDecided(page, 'shown')
  const box = await appealBanner(page).boundingBox()
  expect(box?.height).toBeLessThanOrEqual(390 * 0.45 + 1)
  await expect(choice(page, appeal.choices.alreadySupporting.label)).toBeInViewport({ ratio: 1 })
})

// A phone held sideways, as its browser shows the page: the status bar and the address bar take
// 70 to 80 px of the screen's 320, 360 or 375.
for (const viewport of [
  { width: 568, height: 250 },
  { width: 640, height: 290 },
  { width: 667, height: 300 },
]) {
  test(`held sideways with the browser's bars, the banner grows to show every choice, at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    await appealDecided(page, 'shown')
    await expectEveryChoiceInView(page)
    expect((await appealBanner(page).boundingBox())?.height).toBeLessThanOrEqual(
      viewport.height * 0.6 + 1,
    )
  })
}

test('a failed load says so quietly with a Retry, leaves the article alone, and loses no appeal', async ({
  page,
}) => {
  await page.route('**/content/appeal.json', (route) => route.fulfill({ status: 503 }))
  await page.goto('/')
  await expect(page.locator('[data-appeal]')).toHaveAttribute('data-appeal', 'error')
  await expect(
    page.getByText('We couldn’t load the latest message from The Moscow Times.'),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
  // Meanwhile the copy the page holds stands after the story, whole: before, the appeal was gone.
  const copy = page.getByRole('complementary', { name: appeal.heading })
  await expect(copy).toBeVisible()
  for (const text of appeal.paragraphs) await expect(copy.getByText(text)).toBeVisible()
  await expect(copy.getByRole('link', { name: appeal.donate.label })).toBeVisible()

  await page.unroute('**/content/appeal.json')
  await page.getByRole('button', { name: 'Retry' }).click()
  await appealDecided(page, 'shown')
  // The reader was on Retry: the banner that took its place has the focus, in view.
  await expect(choice(page, appeal.choices.remindLater.label)).toBeFocused()
  await expect(choice(page, appeal.choices.remindLater.label)).toBeInViewport({ ratio: 1 })
  await expect(copy).toHaveCount(0)
})

test('slides in only for readers who allow motion, and is left off paper', async ({ page }) => {
  const animationName = () =>
    appealBanner(page).evaluate((element) => getComputedStyle(element).animationName)
  await page.goto('/')
  await appealDecided(page, 'shown')
  expect(await animationName()).toBe('appeal-slide-in')

  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await animationName()).toBe('none')

  await page.emulateMedia({ media: 'print' })
  await expect(appealBanner(page)).toBeHidden()
})
