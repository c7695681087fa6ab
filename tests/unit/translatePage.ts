/**
 * Does to the page what a browser's translation does (Chrome's, Google Translate's): puts <font>
 * elements holding each text node's translation in its place. React still holds the old text
 * nodes, and an insertion before one of them fails. Self-contained, so that a browser test can
 * run it in the page (`page.evaluate(translatePage)`); the "translation" keeps the words as they
 * are, so that queries by name still find them. Returns how many text nodes it replaced.
 */
export function translatePage(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const texts: Text[] = []
  while (walker.nextNode()) texts.push(walker.currentNode as Text)
  for (const text of texts) {
    const font = document.createElement('font')
    font.append(document.createElement('font'))
    font.firstElementChild?.append(text.data)
    text.replaceWith(font)
  }
  return texts.length
}
