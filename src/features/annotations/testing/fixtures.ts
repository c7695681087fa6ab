import type { Article } from '../../article'
import type { Annotation } from '../api/annotationSchema'

/** A short story in the article's shape; the tests' own, so they do not depend on the real content. */
export const fixtureArticle: Article = {
  id: 'fixture-story',
  headline: 'Ministers Meet in the Capital',
  publisher: { name: 'The Daily Ledger', url: 'https://ledger.example/' },
  published: { datetime: '2014-11', label: 'November 2014' },
  paragraphs: [
    'Defence Minister Anna Berg said the talks went well, the Ledger Wire reported.',
    'The treaty of 1969 still shapes the border, the Ledger Wire said later.',
  ],
}

export const annaBerg: Annotation = {
  id: 'anna-berg',
  kind: 'person',
  target: { exact: 'Anna Berg' },
  title: 'Anna Berg',
  nativeName: { text: 'Анна Берг', lang: 'ru' },
  role: 'Defence minister, 2012–2020',
  context: 'She led the talks for her side.',
  sources: [{ label: 'Encyclopedia: Anna Berg', url: 'https://encyclopedia.example/anna-berg' }],
}

export const ledgerWire: Annotation = {
  id: 'ledger-wire',
  kind: 'source',
  target: { exact: 'Ledger Wire', suffix: ' reported' },
  title: 'Ledger Wire',
  role: 'News agency, founded 1904',
  context: 'The wire service most papers quoted that week.',
  sources: [
    { label: 'Encyclopedia: Ledger Wire', url: 'https://encyclopedia.example/ledger-wire' },
  ],
}

export const treaty: Annotation = {
  id: 'treaty-1969',
  kind: 'history',
  target: { exact: 'treaty of 1969' },
  title: 'The 1969 treaty',
  role: 'Border agreement, 1969',
  context: 'It ended a summer of clashes.',
  // Two sources: one for the treaty, one for the clashes it ended.
  sources: [
    { label: 'Encyclopedia: 1969 treaty', url: 'https://encyclopedia.example/treaty-1969' },
    { label: 'Archive: the summer clashes', url: 'https://archive.example/clashes-1969' },
  ],
}

export const fixtureAnnotations: Annotation[] = [annaBerg, ledgerWire, treaty]
