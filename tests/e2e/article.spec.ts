import { expect, test } from '@playwright/test'
import { readContent, type ArticleDocument } from './support/content'

const article = readContent<ArticleDocument>('article')

test('shows the headline, the date and every paragraph of the story verbatim', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline)
  await expect(page.getByRole('article').locator('time')).toHaveAttribute('datetime', '2014-11')
  const paragraphs = page.getByRole('article').getByRole('paragraph')
  for (const text of article.paragraphs) {
    await expect(paragraphs.filter({ hasText: text })).toHaveCount(1)
  }
})
