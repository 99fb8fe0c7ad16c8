import { describe, expect, it } from 'vitest';
import { bcp47FromIso6393, detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  describe.each([
    ['en', 'Russia and Syria have agreed to keep the air base at Hmeimim, officials said on Monday.'],
    ['ru', 'Россия и Сирия договорились сохранить авиабазу Хмеймим, заявили в понедельник официальные лица.'],
    ['uk', 'Росія та Сирія домовилися зберегти авіабазу в Хмеймімі, заявили в понеділок посадовці.'],
    ['ar', 'اتفقت روسيا وسوريا على الإبقاء على قاعدة حميميم الجوية، بحسب ما أعلن مسؤولون يوم الاثنين.'],
    ['fa', 'روسیه و سوریه توافق کردند که پایگاه هوایی حمیمیم را حفظ کنند، مقامات روز دوشنبه گفتند.'],
    [
      'fr',
      "La Russie et la Syrie se sont mises d'accord pour conserver la base aérienne de Hmeimim, ont annoncé lundi des responsables.",
    ],
    [
      'de',
      'Russland und Syrien haben sich darauf geeinigt, den Luftwaffenstützpunkt Hmeimim zu behalten, teilten Beamte am Montag mit.',
    ],
    [
      'es',
      'Rusia y Siria acordaron mantener la base aérea de Hmeimim, informaron el lunes funcionarios de ambos gobiernos.',
    ],
    [
      'it',
      'La Russia e la Siria hanno concordato di mantenere la base aerea di Hmeimim, hanno dichiarato lunedì i funzionari.',
    ],
    ['tr', 'Rusya ve Suriye, Hmeymim hava üssünün korunması konusunda anlaştıklarını pazartesi günü açıkladı.'],
  ])('%s', (lang, sentence) => {
    it(`reads ${JSON.stringify(sentence.slice(0, 40))}…`, () => {
      expect(detectLanguage(sentence, 'und')).toBe(lang);
    });
  });

  it.each([
    ['Вчера', 'en', 'ru'],
    ['أمس', 'en', 'ar'],
    ['Hi there', 'en', 'en'],
    ['', 'fr', 'fr'],
  ])('falls back to the script heuristics for short text: %j (fallback %s) → %s', (text, fallback, lang) => {
    expect(detectLanguage(text, fallback)).toBe(lang);
  });
});

describe('bcp47FromIso6393', () => {
  it.each([
    ['rus', 'ru'],
    ['eng', 'en'],
    ['fra', 'fr'],
    ['deu', 'de'],
    ['spa', 'es'],
    ['arb', 'ar'],
    ['pes', 'fa'],
    ['cmn', 'zh'],
    ['ceb', 'ceb'],
  ])('%s → %s', (code, tag) => {
    expect(bcp47FromIso6393(code)).toBe(tag);
  });
});
