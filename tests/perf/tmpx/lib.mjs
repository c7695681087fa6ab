import { chromium } from '@playwright/test'
export const BASE = 'http://127.0.0.1:4180'
export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
}
export async function open(page, path = '/') {
  const logs = []
  page.on('console', (m) => { if (m.type() !== 'debug') logs.push(`[${m.type()}] ${m.text()}`) })
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.message}`))
  page.on('requestfailed', (r) => logs.push(`[reqfail] ${r.url()}`))
  await page.goto(BASE + path)
  await page.waitForFunction(() => {
    const b = document.querySelector('main [role="button"][aria-haspopup="dialog"]')
    return !!b && Object.keys(b).some((k) => k.startsWith('__reactFiber'))
  })
  page._logs = logs
  return logs
}
export async function active(page) {
  return page.evaluate(() => {
    const a = document.activeElement
    if (!a) return 'null'
    let d = a.tagName.toLowerCase()
    if (a.id) d += '#' + a.id
    if (a.getAttribute('aria-label')) d += `[aria-label="${a.getAttribute('aria-label')}"]`
    const t = (a.textContent || '').trim().slice(0, 40)
    if (a !== document.body && t && a.tagName !== 'MAIN') d += ` "${t}"`
    if (a.tagName === 'INPUT') d += ` (label: ${a.closest('label')?.textContent.trim()}, disabled=${a.disabled})`
    return d
  })
}
export async function waitBanner(page) {
  await page.waitForFunction(() => document.querySelector('.appeal-dock')?.dataset.appeal !== 'loading' && document.querySelector('.appeal-dock'))
  await page.waitForTimeout(300)
}
