/** Lead-ins, summary sentences and headlines, on real sentences from the seeds and the development stories. */
import { describe, expect, it } from 'vitest';
import { chooseHeadline, clauseHeadline, headlineFrom, headlineLength } from './headline.ts';
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
    // Scripts without case read as prose too.
    ['وقال بوتين إن روسيا تدعم وحدة الأراضي السورية وهي مستعدة للمساهمة في إعادة إعمار سوريا.', true],
    ['Путин заявил, что Россия поддерживает восстановление территориальной целостности Сирии.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(isSummarySentence(stripLeadIn(sentence))).toBe(expected);
  });
});

describe('headlines', () => {
  // Real sentences of the seeds and the development stories, with the headline a wire desk would
  // write from each (or none, where the sentence cannot give one).
  it.each([
    [
      'The BP-operated Deepwater Horizon rig sank on 22 April, two days after a huge explosion that killed 11 workers.',
      'The BP-operated Deepwater Horizon rig sank',
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
      'The flow of oil from the well was shut off by the cap',
    ],
    // No attribution tail.
    ['Mubarak will step down, officials said.', 'Mubarak will step down'],
    [
      "Thousands of demonstrators took to the streets of Egypt's major cities on Friday, according to witnesses.",
      "Thousands of demonstrators took to the streets of Egypt's major cities",
    ],
    // No aside between commas, no leading time word, no opening clause.
    [
      'Al-Sharaa, who once led the Islamist group Hayat Tahrir al-Sham (HTS), rose to power in late 2024 following the fall of Bashar Assad’s government.',
      'Al-Sharaa rose to power following the fall of Bashar Assad’s government',
    ],
    [
      'Mohamed ElBaradei, the Nobel Prize-winning former head of the U.N. nuclear watchdog agency and a possible presidential candidate, returns to Egypt to join the protests.',
      'Mohamed ElBaradei returns to Egypt to join the protests',
    ],
    [
      'Yesterday the committee recommended raising the pandemic threat level.',
      'The committee recommended raising the pandemic threat level',
    ],
    [
      'Late on Tuesday, the U.N. Security Council voted to impose a no-fly zone.',
      'The U.N. Security Council voted to impose a no-fly zone',
    ],
    [
      'After weeks of protests in which more than 100 people died, Ben Ali fled to Saudi Arabia on January 14.',
      'Ben Ali fled to Saudi Arabia',
    ],
    [
      'If the operation is successful, BP hopes to begin pumping oil to the surface early next week, the company said on Monday.',
      'BP hopes to begin pumping oil to the surface',
    ],
    // Dates go, but not the words around them; a verb keeps its particle.
    ['Mubarak decided Friday to step down.', 'Mubarak decided to step down'],
    [
      'The Health Ministry has said three people died and 639 were injured in Wednesday’s clashes in Cairo.',
      'The Health Ministry has said three people died and 639 were injured in clashes in Cairo',
    ],
    [
      'Egyptian President Hosni Mubarak stepped down on Friday and handed over power to the military.',
      'Egyptian President Hosni Mubarak stepped down and handed over power to the military',
    ],
    // Too long: cut where a clause ends, never inside a list of names or before what was said.
    [
      'Russian President Vladimir Putin on Wednesday congratulated his Syrian counterpart Ahmed al-Sharaa on the progress in restoring the country’s territorial integrity.',
      'Russian President Vladimir Putin congratulated his Syrian counterpart Ahmed al-Sharaa',
    ],
    [
      'BP said the clean-up operation was costing it millions of dollars a day, but this figure could rise dramatically if the oil hits land.',
      'BP said the clean-up operation was costing it millions of dollars a day',
    ],
    [
      'Protesters battled police in Cairo, Suez, Alexandria, Mansoura, Ismailia, Port Said, Aswan and a dozen other cities across the country on Friday as the government cut internet access.',
      undefined,
    ],
    [
      'The Muslim Brotherhood reported that a security force accompanied by a “gang of thugs” stormed the office of its news website Friday and arrested the journalists, technicians and administrators.',
      undefined,
    ],
    // No pronoun whose noun is elsewhere, no quote standing for the whole, no question, no fragment.
    ['He went to India after the Gujarat earthquake in 2001 and says this is worse.', undefined],
    ['“We are not making the assumption that there are widespread infections,” Finelli said.', undefined],
    ['Today is Haiti, tomorrow might be another country.', undefined],
    ['For those who have lost everything, of course.', undefined],
    ['Gordon Brown Alan Johnson, called for concerted global action to combat the virus.', undefined],
    ['Protesters who were gathered in Cairo’s Tahrir Square on Monday night, chanting slogans.', undefined],
    ['Would any other country do this with 20 confirmed deaths?', undefined],
  ])('%s', (sentence, expected) => {
    const h = headlineFrom(sentence);
    expect(h).toBe(expected);
    if (h) expect(h.length).toBeLessThanOrEqual(headlineLength);
  });

  it('chooses the headline that says most of what the sentences say in common, not one taken already', () => {
    const sentences = [
      'He said the talks went well and would go on, with more to come later in the week and beyond it too.',
      'Putin and al-Sharaa met.',
      'Putin and al-Sharaa held talks in the Kremlin on bilateral relations.',
    ];
    const common = new Set(['putin', 'al-sharaa', 'talks', 'kremlin', 'bilateral']);
    const weigh = (h: string) => h.split(/\s+/).filter((w) => common.has(w.toLowerCase())).length;
    expect(chooseHeadline(sentences, new Set(), weigh)).toBe(
      'Putin and al-Sharaa held talks in the Kremlin on bilateral relations',
    );
    expect(
      chooseHeadline(
        sentences,
        new Set(['putin and al-sharaa held talks in the kremlin on bilateral relations']),
        weigh,
      ),
    ).toBe('Putin and al-Sharaa met');
    // With no weighing, the most representative sentence that makes a headline.
    expect(chooseHeadline(sentences)).toBe('Putin and al-Sharaa met');
    expect(chooseHeadline(['He said so.', 'What now?'])).toBeUndefined();
  });
});

describe('clauseHeadline (languages the parts-of-speech model does not read)', () => {
  it.each([
    [
      'Президент Сирии Ахмед аш-Шараа в среду прибыл в Москву, где провёл переговоры с президентом России Владимиром Путиным в Кремле.',
      'Президент Сирии Ахмед аш-Шараа в среду прибыл в Москву',
    ],
    ['انسحبت القوات الروسية من قاعدة القامشلي.', 'انسحبت القوات الروسية من قاعدة القامشلي'],
    [
      'استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين، في ثاني زيارة يقوم بها الشرع إلى موسكو منذ توليه السلطة.',
      'استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين',
    ],
    ['Что дальше?', undefined],
    ['Путин и Шараа.', undefined],
  ])('%s', (sentence, expected) => {
    expect(clauseHeadline(sentence)?.text).toBe(expected);
  });
});
