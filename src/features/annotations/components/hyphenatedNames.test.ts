import { describe, expect, it } from 'vitest'
import { splitAtHyphenatedNames } from './hyphenatedNames'

describe('splitAtHyphenatedNames', () => {
  it('sets apart names and year ranges whose dash comes before a digit', () => {
    expect(
      splitAtHyphenatedNames(
        'engines (AL-31FNs for the J-10), and 24 Su-35s, delivered 2016–2018.',
      ),
    ).toEqual([
      'engines ',
      '(AL-31FNs',
      ' for the ',
      'J-10),',
      ' and 24 ',
      'Su-35s,',
      ' delivered ',
      '2016–2018.',
      '',
    ])
  })

  it('sets apart every word with an en dash: ranges of months, and pairs', () => {
    expect(splitAtHyphenatedNames('war, March–September 1969; Russian–Chinese drills')).toEqual([
      'war, ',
      'March–September',
      ' 1969; ',
      'Russian–Chinese',
      ' drills',
    ])
  })

  it('leaves other hyphens to break as they may', () => {
    expect(splitAtHyphenatedNames('a 30-year gas deal, military-industrial ties')).toEqual([
      'a 30-year gas deal, military-industrial ties',
    ])
  })
})
