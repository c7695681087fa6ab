import type { Page } from '@playwright/test'

/**
 * WCAG 1.4.12's text spacing, set on every element as a reader's bookmarklet does (the page's
 * policy blocks an added style sheet, not styles set through the DOM).
 */
export function setTextSpacing(page: Page) {
  return page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      element.style.setProperty('line-height', '1.5', 'important')
      element.style.setProperty('letter-spacing', '0.12em', 'important')
      element.style.setProperty('word-spacing', '0.16em', 'important')
      if (element.matches('p')) element.style.setProperty('margin-bottom', '2em', 'important')
    }
  })
}

/**
 * The page's text at `percent` of its size, as a reader's larger default font does (the page's
 * policy blocks an added style sheet). Media queries in rem do not follow it; the layout must.
 */
export function setTextSize(page: Page, percent: number) {
  return page.evaluate((size) => {
    document.documentElement.style.fontSize = `${size}%`
  }, percent)
}
