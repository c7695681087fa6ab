import { launch, open, waitBanner } from './lib.mjs'
const browser = await launch()
for (const vp of [{width:1280,height:800},{width:1280,height:720},{width:1920,height:1080}]) {
const ctx = await browser.newContext({ viewport: vp, reducedMotion: 'reduce' })
await ctx.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.documentElement.style.fontSize = '200%'))
const A = await ctx.newPage(); await open(A)
await A.evaluate(() => document.documentElement.style.fontSize = '200%')
await waitBanner(A); await A.waitForTimeout(500)
const m = await A.evaluate(() => {
  const sec = document.querySelector('.appeal'); const sr = sec.getBoundingClientRect()
  const t = document.querySelector('.appeal__text'); const tr = t.getBoundingClientRect()
  const acts = [...document.querySelectorAll('.appeal__actions .button')].map(b => { const r = b.getBoundingClientRect(); return `${b.textContent.slice(0,14)} [${Math.round(r.top)},${Math.round(r.bottom)}]` })
  return { innerH: innerHeight, section: [Math.round(sr.top), Math.round(sr.bottom)], secScroll: `${sec.scrollTop}: ${sec.scrollHeight}/${sec.clientHeight}`, text: [Math.round(tr.top), Math.round(tr.bottom)], textScroll: `${t.scrollHeight}/${t.clientHeight}`, preview: t.dataset.preview, acts }
})
console.log(vp, JSON.stringify(m))
await ctx.close()
}
await browser.close()
