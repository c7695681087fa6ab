import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { readContent, type ArticleDocument } from './support/content'
import { serveShellWithoutPrerender } from './support/shell'

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
