/** Only reportage becomes a title or a summary: real sentences of news pages, comment threads and live pages. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../text/nlp.ts';
import { notReportage, reportageOf } from './reportage.ts';

const reason = (text: string) => notReportage(analyse(text)[0]!);

describe('notReportage', () => {
  it.each([
    // Reportage, quotes in it included.
    ['The World Health Organization raised its pandemic alert to phase 5 on Wednesday.', undefined],
    ['“We will not leave Tahrir Square,” said one protester, a 24-year-old engineer.', undefined],
    ["'We are ready to help,' the minister told reporters in Geneva.", undefined],
    ['We will fight on, the rebel commander said on Saturday.', undefined],
    ['Mexico closed schools in the capital as the death toll rose to 149.', undefined],
  ])('%j is reportage', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    ['1245 Wyclef tweets: Haiti needs help now.', 'live-page chatter'],
    ['Anna from Leeds emails: my sister is still missing in Port-au-Prince.', 'live-page chatter'],
    ['John Smith writes: the aid is not getting through.', 'live-page chatter'],
    ['Follow @BBCBreaking for the latest updates.', 'a link or a handle'],
    ['More information can be found at www.who.int on the agency’s website.', 'a link or a handle'],
    ['Sign up for our daily newsletter and never miss a story.', 'a promotion'],
    ['Tune in week nights at 2200 CET to Connect the World.', 'a promotion'],
    ['For more Reuters swine flu coverage, please click here to read more.', 'a promotion'],
    ['(Reporting by Maggie Fox; Editing by Xavier Briand)', 'a byline or credit'],
    ['Additional reporting by Ivan Watson in Cairo.', 'a byline or credit'],
    ['An earlier version of this story gave the wrong death toll.', 'a correction notice'],
    ['This article was corrected on 2 May to give the minister’s full name.', 'a correction notice'],
    ['A police woman wears a mask (Photo: Reuters/Henry Romero) in Mexico City.', 'a caption'],
    ['Following are some facts about influenza vaccines and how they are made.', 'a factbox heading'],
    ['Posted by Jason at 4:59 pm, report abuse.', "a comment thread's chrome"],
    ['What is the deal with advertising a story from 5 months ago???', 'a question or an exclamation'],
    ['Would any other country do this with 20 confirmed deaths?', 'a question or an exclamation'],
    [
      'You can enjoy Boris and Natasha, our favorite cartoon nogoodnicks, in the 1960s reruns.',
      'first or second person: a reader or the writer speaking',
    ],
    [
      "After last week's exploration of the Gazette's postcode mini-websites, my appetite for local news grew.",
      'first or second person: a reader or the writer speaking',
    ],
  ])('%j is not: %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });
});

describe('reportageOf', () => {
  it('keeps the reportage of a paragraph and leaves out what is not', () => {
    const paragraph = analyse(
      'Mexico closed its schools on Friday. Sign up for our daily newsletter today. Officials said 149 people had died.',
    );
    expect(reportageOf(paragraph).map((s) => s.text)).toEqual([
      'Mexico closed its schools on Friday.',
      'Officials said 149 people had died.',
    ]);
  });

  it('leaves out a whole paragraph that speaks in the first person or asks: a reader’s comment', () => {
    // A comment under a Reuters story on swine flu: one of its sentences reads like reportage on its own.
    const comment = analyse(
      'I also read that many in Mexico are having a difficult time getting the drugs. The flu virus is unstable and unpredictable. Why are we not told the truth?',
    );
    expect(reportageOf(comment)).toEqual([]);
  });
});
