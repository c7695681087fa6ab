import { launch, open, waitBanner } from './lib.mjs'
const browser = await launch()
const CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`
for (const c of [{n:'1280x800',vp:{width:1280,height:800}},{n:'320x568',vp:{width:320,height:568}},{n:'390x844',vp:{width:390,height:844}},{n:'640x400',vp:{width:640,height:400}}]) {
  for (const when of ['after']) {
  const ctx = await browser.newContext({ viewport: c.vp, reducedMotion: 'reduce', bypassCSP: true })
  const A = await ctx.newPage(); await open(A); await waitBanner(A)
  await A.addStyleTag({ content: CSS }); await A.waitForTimeout(500)
  const m = await A.evaluate(() => {
    const de = document.documentElement
    const res = { scrollW: de.scrollWidth, clientW: de.clientWidth }
    // legend item overlap
    const items = [...document.querySelectorAll('.annotation-legend__kinds li')].map(li => {
      const lab = li.querySelector('label'); const r = li.getBoundingClientRect(); const lr = lab.getBoundingClientRect()
      const icon = lab.querySelector('.annotation-icon').getBoundingClientRect()
      return { text: lab.textContent.trim(), li: [Math.round(r.left), Math.round(r.right), Math.round(r.top)], labelRight: Math.round(lr.right), iconRight: Math.round(icon.right), labelScrollW: lab.scrollWidth }
    })
    res.items = items
    const all = document.querySelector('.annotation-legend__all').getBoundingClientRect(); const colon = document.querySelector('.annotation-legend__all + span').getBoundingClientRect()
    res.master = [Math.round(all.left), Math.round(all.right), Math.round(all.top), Math.round(all.bottom)]; res.colon = [Math.round(colon.left), Math.round(colon.top), Math.round(colon.bottom)]
    // clipped boxes
    const clipped = []
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.visually-hidden')) continue
      const cs = getComputedStyle(el)
      if ((cs.overflowY !== 'visible' || cs.overflowX !== 'visible') && el.clientHeight > 0 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) && !el.classList.contains('visually-hidden')) clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} sh${el.scrollHeight}/ch${el.clientHeight} sw${el.scrollWidth}/cw${el.clientWidth} ov=${cs.overflowX}/${cs.overflowY}`)
    }
    res.clipped = clipped
    // banner buttons text overflow
    res.buttons = [...document.querySelectorAll('.appeal .button, .appeal__more')].map(b => { const r = b.getBoundingClientRect(); return `${b.textContent.trim().slice(0,18)} h${Math.round(r.height)} sw${b.scrollWidth}/cw${b.clientWidth} sh${b.scrollHeight}/ch${b.clientHeight}` })
    const lead = document.querySelector('.appeal__lead'); if (lead) { const r = lead.getBoundingClientRect(); const cs = getComputedStyle(lead); res.lead = { h: Math.round(r.height), clamp: cs.webkitLineClamp, lh: cs.lineHeight, sh: lead.scrollHeight, preview: lead.parentElement.dataset.preview } }
    const dock = document.querySelector('.appeal-dock').getBoundingClientRect(); res.dockPct = Math.round(100 * dock.height / innerHeight)
    return res
  })
  console.log(c.n, JSON.stringify(m, null, 0))
  await A.screenshot({ path: `/tmp/explore-shots/spacing-${c.n}-top.png` })
  await A.locator('.appeal__more').click(); await A.waitForTimeout(300)
  await A.screenshot({ path: `/tmp/explore-shots/spacing-${c.n}-banner-open.png` })
  await A.locator('.appeal__more').click(); await A.waitForTimeout(300)
  await A.locator('#xu-qiliang').focus(); await A.waitForSelector('[role=dialog][data-side]'); await A.waitForTimeout(300)
  const card = await A.evaluate(()=>{ const c=document.querySelector('[role=dialog]'); const r=c.getBoundingClientRect(); const cl=c.querySelector('.annotation-card__close').getBoundingClientRect(); const a=c.querySelector('.annotation-card__actions a').getBoundingClientRect(); return {card:[Math.round(r.left),Math.round(r.top),Math.round(r.right),Math.round(r.bottom)], sh:c.scrollHeight, ch:c.clientHeight, sw:c.scrollWidth, cw:c.clientWidth, close:[Math.round(cl.left),Math.round(cl.right)], link:[Math.round(a.left),Math.round(a.right)]}})
  console.log('   card', JSON.stringify(card))
  await A.screenshot({ path: `/tmp/explore-shots/spacing-${c.n}-card.png` })
  await ctx.close()
  }
}
await browser.close()
