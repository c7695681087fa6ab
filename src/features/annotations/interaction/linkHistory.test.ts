import { describe, expect, it } from 'vitest'
import { linkEntryOf, stateLeavingFor, stateOfLinkEntry } from './linkHistory'

describe('the history entries of followed links', () => {
  it('names the link followed from the entry left, and its scroll, keeping what else it held', () => {
    const state = stateLeavingFor({ other: true }, 'tass', 1433)
    expect(state).toMatchObject({ other: true })
    expect(linkEntryOf(state)).toEqual({ followedFrom: 'tass', scrollY: 1433 })
  })

  it('marks the entry a link pushes, which names no link followed from it yet', () => {
    expect(linkEntryOf(stateOfLinkEntry())).toEqual({ followedFrom: null, scrollY: null })
    // Followed on from there, it names the next link.
    expect(linkEntryOf(stateLeavingFor(stateOfLinkEntry(), 'xu-qiliang', 0))).toEqual({
      followedFrom: 'xu-qiliang',
      scrollY: 0,
    })
  })

  it('knows no entry that following a link did not make', () => {
    for (const state of [null, undefined, 'a string', 42, {}, { other: true }]) {
      expect(linkEntryOf(state)).toBeNull()
    }
  })

  it('reads a damaged entry as one that names no link and no scroll', () => {
    const none = { followedFrom: null, scrollY: null }
    expect(linkEntryOf({ annotationLink: { followedFrom: 7, scrollY: 'top' } })).toEqual(none)
    expect(linkEntryOf({ annotationLink: { scrollY: Number.NaN } })).toEqual(none)
    expect(linkEntryOf({ annotationLink: null })).toEqual(none)
  })
})
