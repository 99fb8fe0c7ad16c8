/** Lead-ins, summary sentences and headlines, on real sentences from the seeds and the development stories. */
import { describe, expect, it } from 'vitest';
import { chooseHeadline, headlineFrom, headlineLength } from './headline.ts';
import { isSummarySentence, stripLeadIn } from './lead-in.ts';

describe('stripLeadIn', () => {
  it.each([
    [
      'By Maggie Fox, Health and Science Editor WASHINGTON | Tue Apr 21, 2009 10:19 pm BST WASHINGTON (Reuters) - A new type of swine flu has infected at least two children in California.',
      'A new type of swine flu has infected at least two children in California.',
    ],
    [
      'Cairo, Egypt (CNN) -- Thousands of protesters spilled into the streets of Egypt on Tuesday.',
      'Thousands of protesters spilled into the streets of Egypt on Tuesday.',
    ],
    ['NAIROBI - Rescuers searched the rubble on Saturday.', 'Rescuers searched the rubble on Saturday.'],
    [
      "Tuesday in Cairo, 3:43 a.m. ET Tuesday) Protesters in Cairo's Tahrir Square set up their own checkpoints Tuesday.",
      "Protesters in Cairo's Tahrir Square set up their own checkpoints Tuesday.",
    ],
    ['COOPER: Some of the people on the scenes we saw today.', 'Some of the people on the scenes we saw today.'],
    // Parentheses that are part of the sentence stay.
    [
      'Al-Sharaa, who once led the Islamist group Hayat Tahrir al-Sham (HTS), rose to power in late 2024.',
      'Al-Sharaa, who once led the Islamist group Hayat Tahrir al-Sham (HTS), rose to power in late 2024.',
    ],
  ])('%s', (sentence, expected) => {
    expect(stripLeadIn(sentence)).toBe(expected);
    expect(sentence.endsWith(expected), 'what remains can still be quoted from the source').toBe(true);
  });
});

describe('isSummarySentence', () => {
  it.each([
    [
      'The BP-operated Deepwater Horizon rig sank on 22 April, two days after a huge explosion that killed 11 workers.',
      true,
    ],
    ['Tuesday (8 a.m. ET Monday to 1 a.m. ET Tuesday).', false], // a fragment
    ['A police woman wears a mask in Mexico City April 24, 2009.', false], // a photo caption
    ['Bashar al-Assad fled to Moscow after the fall of his government on 8 December 2024.', true], // prose ending on a date
    ["We've been working on this issue since last year, he added in a long statement.", false], // speech torn from its speaker
    ['ET) on Wednesday, state television said it was so.', false], // starts mid-sentence
    ['Photo gallery | Share this | Comments on the oil spill in the Gulf today', false], // chrome, no closing stop
  ])('%s → %s', (sentence, expected) => {
    expect(isSummarySentence(stripLeadIn(sentence))).toBe(expected);
  });
});

describe('headlines', () => {
  it.each([
    [
      'The BP-operated Deepwater Horizon rig sank on 22 April, two days after a huge explosion that killed 11 workers.',
      'The BP-operated Deepwater Horizon rig sank on 22 April',
    ],
    [
      'On Friday, Brent crude was trading around $112 a barrel in London.',
      'Brent crude was trading around $112 a barrel in London',
    ],
    [
      "March 10 - France recognizes the NTC as legitimate representative of Libya's people.",
      "France recognizes the NTC as legitimate representative of Libya's people",
    ],
    [
      'The flow of oil from the well was shut off by the cap at 1425 local time (1925 GMT) on Thursday.',
      'The flow of oil from the well was shut off by the cap at 1425 local time on Thursday',
    ],
    ['Mubarak will step down, officials said.', 'Mubarak will step down'],
    [
      'Al-Sharaa, who once led the Islamist group Hayat Tahrir al-Sham (HTS), rose to power in late 2024 following the fall of Bashar Assad’s government.',
      'Al-Sharaa rose to power in late 2024 following the fall of Bashar Assad’s government',
    ],
    [
      'Russian President Vladimir Putin on Wednesday congratulated his Syrian counterpart Ahmed al-Sharaa on the progress in restoring the country’s territorial integrity.',
      undefined,
    ],
    [
      'If the operation is successful, BP hopes to begin pumping oil to the surface early next week, the company said on Monday.',
      undefined,
    ],
    ['“We are not making the assumption that there are widespread infections,” Finelli said.', undefined],
  ])('%s', (sentence, expected) => {
    const h = headlineFrom(sentence);
    expect(h).toBe(expected);
    if (h) expect(h.length).toBeLessThanOrEqual(headlineLength);
  });

  it('prefers a whole sentence that names its subject, and one not taken yet', () => {
    const sentences = [
      'He said the talks went well and would go on, with more to come later in the week and beyond it too.',
      'Putin and al-Sharaa held talks in the Kremlin.',
      'Putin and al-Sharaa met.',
    ];
    expect(chooseHeadline(sentences)).toBe('Putin and al-Sharaa held talks in the Kremlin');
    expect(chooseHeadline(sentences, new Set(['putin and al-sharaa held talks in the kremlin']))).toBe(
      'Putin and al-Sharaa met',
    );
  });

  it('never ends on an ellipsis or a dangling word, even when nothing reads as a headline', () => {
    const title = chooseHeadline([
      'Buses, ferry terminals, schools, markets, stadiums, churches, cinemas and the streets of the capital and of every town of the north and the south',
    ]);
    expect(title.length).toBeLessThanOrEqual(headlineLength);
    expect(title).not.toMatch(/(…|\.\.\.|\b(and|of|the))$/);
  });
});
