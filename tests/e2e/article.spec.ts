import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { readContent, type ArticleDocument } from './support/content'
import { serveShellWithoutPrerender } from './support/shell'
import { setTextSize } from './support/textSpacing'

const article = readContent<ArticleDocument>('article')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('shows the headline, the date and every paragraph of the story verbatim', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
  await expect(page.getByRole('article').locator('time')).toHaveAttribute('datetime', '2014-11')
  const paragraphs = page.getByRole('article').getByRole('paragraph')
  for (const text of article.paragraphs) {
    await expect(paragraphs.filter({ hasText: text })).toHaveCount(1)
  }
})

for (const width of [360, 390, 768, 1280]) {
  test(`no paragraph of the story ends on a line of one word (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    const body = page.getByRole('article').getByRole('paragraph')
    const lastLines = await body.evaluateAll((paragraphs) =>
      paragraphs
        .filter((paragraph) => paragraph.closest('header, [role="dialog"]') === null)
        .map((paragraph) => {
          // Each word's last box, across the phrases' spans that may part a word from its stop.
          const nodes: [Text, number][] = []
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node as Text
            for (let offset = 0; offset < text.length; offset += 1) nodes.push([text, offset])
          }
          const words = [...(paragraph.textContent ?? '').matchAll(/\S+/g)].map((match) => {
            const range = document.createRange()
            const [startNode, startOffset] = nodes[match.index] as [Text, number]
            const [endNode, endOffset] = nodes[match.index + match[0].length - 1] as [Text, number]
            range.setStart(startNode, startOffset)
            range.setEnd(endNode, endOffset + 1)
            return { word: match[0], top: Math.round([...range.getClientRects()].at(-1)?.top ?? 0) }
          })
          const lastTop = Math.max(...words.map(({ top }) => top))
          return words.filter(({ top }) => top === lastTop).map(({ word }) => word)
        }),
    )
    expect(lastLines).toHaveLength(article.paragraphs.length)
    for (const line of lastLines) expect(line.length, line.join(' ')).toBeGreaterThan(1)
  })
}

test('a failed article request shows a clear message, and Retry loads the story', async ({
  page,
}) => {
  await serveShellWithoutPrerender(page)
  let attempts = 0
  await page.route('**/content/article.json', (route) => {
    attempts += 1
    return attempts <= 2 ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
  })
  await page.goto('/')

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('We couldn’t load the article.')
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a malformed article document shows a clear message, never a blank page', async ({ page }) => {
  await serveShellWithoutPrerender(page)
  await page.route('**/content/article.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"headline": 42' }),
  )
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('What arrived was damaged')
})

for (const { width, height, name } of [
  { width: 1280, height: 900, name: 'desktop-1280' },
  { width: 375, height: 812, name: 'phone-375' },
]) {
  test(`has no axe violations at ${width} px and looks right (${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    const lineLength = await page
      .getByRole('article')
      .getByRole('paragraph')
      .nth(2)
      .evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize))
    // About 65 characters a line: at ~0.5 em a character, no wider than about 36 em.
    expect(lineLength).toBeLessThanOrEqual(36.5)

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBe(0)

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.screenshot({ path: `tests/screenshots/${name}-${colorScheme}.png` })
    }
  })
}

test('with text at 200% on a 320 px phone, the date line wraps within the window, its dot kept with the date', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 568 })
  await page.goto('/')
  await setTextSize(page, 200)
  // The site's name could not break, and ran 1 px past the window, which then scrolled sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
  const line = page.getByRole('time')
  // The dot, the stylesheet's, stood alone on a line of its own: the date's last line now ends it.
  const [dateEnd, dotEnd] = await line.evaluate((time) => {
    const lines = [...time.getClientRects()]
    const range = document.createRange()
    range.selectNodeContents(time)
    const text = [...range.getClientRects()].at(-1)
    return [text?.top, lines.at(-1)?.top]
  })
  expect(dotEnd).toBe(dateEnd)
})

test('prints the story without interactive chrome', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('region', { name: /A Message from The Moscow Times/ })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const text of article.paragraphs) {
    await expect(page.getByRole('paragraph').filter({ hasText: text })).toBeVisible()
  }
  await expect(page.getByRole('region', { name: /A Message from The Moscow Times/ })).toBeHidden()
  await expect(page.getByRole('checkbox', { name: 'People' })).toBeHidden()
})
