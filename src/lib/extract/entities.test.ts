/** The story's named entities: one name each across the story, a kind each, and an event's actors and places. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../text/nlp.ts';
import { eventTerms, nameRuns, storyEntities } from './entities.ts';

// Sentences in the manner of the development stories' wire copy (Reuters, CNN, BBC).
const story = analyse(
  [
    'U.S. Secretary of State Hillary Clinton urged restraint in Cairo on Friday.',
    'Hillary Clinton spoke to Egyptian Foreign Minister Ahmed Aboul Gheit by telephone.',
    'Clinton said the protesters had a right to be heard.',
    'President Hosni Mubarak sacked his cabinet.',
    'Hosni Mubarak named Omar Suleiman vice president.',
    'Mubarak said he would not stand again.',
    'Protesters gathered in Tahrir Square for a fourth day.',
    'Thousands marched in Tahrir Square and in Alexandria.',
    'The World Health Organization raised its alert.',
    'WHO officials met in Geneva.',
    'The World Health Organization said the virus had spread to Spain.',
    'Wael Ghonim, a Google executive, was released in Cairo.',
    'Ghonim told reporters he was not a hero.',
    'The Muslim Brotherhood said it would join the talks.',
    'Protesters said the army had stood by.',
  ].join(' '),
);
const index = storyEntities(story);
const entity = (written: string) => index.lookup(written);

describe('nameRuns', () => {
  it.each([
    ['Oil reached the Gulf of Mexico coast in Louisiana.', [['Gulf', 'of', 'Mexico'], ['Louisiana']]],
    [
      'Syrian President Ahmed al-Sharaa met Vladimir Putin.',
      [
        ['President', 'Ahmed', 'al-Sharaa'],
        ['Vladimir', 'Putin'],
      ],
    ],
    ["Egypt's army stood by in Cairo's Tahrir Square.", [['Egypt'], ['Cairo'], ['Tahrir', 'Square']]],
    ['Yesterday the committee met in Geneva.', [['Geneva']]],
  ])('%j names %j', (text, runs) => {
    expect(analyse(text).flatMap((s) => nameRuns(s).map((r) => r.words))).toEqual(runs);
  });
});

describe('storyEntities', () => {
  it.each([
    ['Clinton', 'Hillary Clinton', 'person'],
    ['U.S. Secretary of State Hillary Clinton', 'Hillary Clinton', 'person'],
    ['Mubarak', 'Hosni Mubarak', 'person'],
    ['President Hosni Mubarak', 'Hosni Mubarak', 'person'],
    ['Ghonim', 'Wael Ghonim', 'person'],
    ['WHO', 'World Health Organization', 'organization'],
    ['Muslim Brotherhood', 'Muslim Brotherhood', 'organization'],
    ['Tahrir Square', 'Tahrir Square', 'place'],
    ['Cairo', 'Cairo', 'place'],
    ['Geneva', 'Geneva', 'place'],
  ])('%j is %j, a %s', (written, name, kind) => {
    expect(entity(written)).toMatchObject({ name, kind });
  });

  it('knows no entity the story never names, and no common word that opens a sentence', () => {
    expect(entity('Putin')).toBeUndefined();
    expect(entity('Protesters')).toBeUndefined();
    expect(entity('Thousands')).toBeUndefined();
  });
});

describe('eventTerms', () => {
  it('gives an event the people and organisations it names as actors and where it happened as places; a name only its other quotes give, said once in the story, is left out', () => {
    const terms = eventTerms(
      analyse('Clinton urged restraint. Protesters gathered in Tahrir Square.'),
      analyse('Mubarak said he would not stand again. WHO officials met in Geneva.'),
      index,
    );
    expect(terms).toEqual({
      actors: ['Hillary Clinton', 'Hosni Mubarak', 'World Health Organization'],
      places: ['Tahrir Square'],
      tags: [],
    });
  });

  it('never counts the agency that files the story among its actors', () => {
    const wire = storyEntities(
      analyse('Reuters reported the talks. Reuters said the army moved. The army moved in Cairo.'),
    );
    const terms = eventTerms(analyse('Reuters said the army moved in Cairo.'), [], wire, new Set(['Reuters']));
    expect(terms.actors).toEqual([]);
    expect(terms.places).toEqual(['Cairo']);
  });
});
