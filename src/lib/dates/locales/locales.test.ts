import { describe, expect, it } from 'vitest';
import { tagDates } from '../tag-dates.ts';
import { foldArabic } from './ar.ts';
import { primaryLanguage } from './index.ts';

// Reference date for every table: Wednesday 12 March 2025 (ISO week 11). Values are worked out by hand.
const reference = '2025-03-12';

/** The one timex whose text is `expression` in `sentence` read as `lang`. */
function find(lang: string, sentence: string, expression: string) {
  const all = tagDates(sentence, reference, lang);
  const found = all.filter((t) => t.text === expression);
  expect(found, `${expression} in ${JSON.stringify(sentence)}: ${JSON.stringify(all)}`).toHaveLength(1);
  return found[0]!;
}

/** Sentence, expression, TIMEX3 value, type — per language. */
const cases: Record<string, [string, string, string, string][]> = {
  ru: [
    ['Переговоры прошли 15 октября 2024 года в Стамбуле.', '15 октября 2024 года', '2024-10-15', 'DATE'],
    ['Соглашение подписали в декабре 2024 года.', 'декабре 2024 года', '2024-12', 'DATE'],
    ['Санкции ввели в декабре прошлого года.', 'декабре прошлого года', '2024-12', 'DATE'],
    ['Акция прошла 3 февраля прошлого года.', '3 февраля прошлого года', '2024-02-03', 'DATE'],
    ['Цены выросли в январе.', 'январе', '2025-01', 'DATE'],
    ['Выставка открылась в мае.', 'мае', '2024-05', 'DATE'],
    ['Завод будет открыт в мае.', 'мае', '2025-05', 'DATE'],
    ['В понедельник министр провёл встречу.', 'понедельник', '2025-03-10', 'DATE'],
    ['Во вторник вечером пошёл снег.', 'вторник вечером', '2025-03-11TEV', 'TIME'],
    ['В прошлую пятницу биржа упала.', 'прошлую пятницу', '2025-03-07', 'DATE'],
    ['Саммит состоится в пятницу.', 'пятницу', '2025-03-14', 'DATE'],
    ['Забастовка продолжается со среды.', 'среды', '2025-03-12', 'DATE'],
    ['Вчера парламент принял закон.', 'Вчера', '2025-03-11', 'DATE'],
    ['Сегодня утром открылась биржа.', 'Сегодня утром', '2025-03-12TMO', 'TIME'],
    ['На прошлой неделе курс вырос.', 'прошлой неделе', '2025-W10', 'DATE'],
    ['В следующем году налоги повысят.', 'следующем году', '2026', 'DATE'],
    ['Больницу построили в 1944 году.', '1944 году', '1944', 'DATE'],
    ['Завод работает с 2015 года.', '2015 года', '2015', 'DATE'],
    ['Это случилось в 1990-х годах.', '1990-х годах', '199', 'DATE'],
    ['Собор построили в XIX веке.', 'XIX веке', '18', 'DATE'],
    ['Два года назад город затопило.', 'Два года назад', '2023', 'DATE'],
    ['Стройка продлится три года.', 'три года', 'P3Y', 'DURATION'],
    ['Он провёл в тюрьме несколько лет.', 'несколько лет', 'PXY', 'DURATION'],
    ['В настоящее время мост закрыт.', 'настоящее время', 'PRESENT_REF', 'DATE'],
    ['Рост продолжится во второй половине года.', 'второй половине года', '2025-H2', 'DATE'],
  ],
  ar: [
    ['وقعت الاتفاقية في 15 أكتوبر 2024 في القاهرة.', '15 أكتوبر 2024', '2024-10-15', 'DATE'],
    ['سقط النظام في 8 ديسمبر/كانون الأول 2024.', '8 ديسمبر/كانون الأول 2024', '2024-12-08', 'DATE'],
    ['جرت الانتخابات في كانون الأول/ديسمبر الماضي.', 'كانون الأول/ديسمبر الماضي', '2024-12', 'DATE'],
    ['وفي 15 أكتوبر أعلنت الحكومة خطتها.', '15 أكتوبر', '2024-10-15', 'DATE'],
    ['بدأ البناء بـ8 ديسمبر.', '8 ديسمبر', '2024-12-08', 'DATE'],
    ['أعلنت الوزارة في ١٥ أكتوبر ٢٠٢٤ النتائج.', '١٥ أكتوبر ٢٠٢٤', '2024-10-15', 'DATE'],
    ['افتتح المعرض في ۸ دسامبر ۲۰۲۴ أو في ۱۵ فبراير ۲۰۲۴.', '۱۵ فبراير ۲۰۲۴', '2024-02-15', 'DATE'],
    ['التقى الوزيران يوم الاثنين في الرياض.', 'يوم الاثنين', '2025-03-10', 'DATE'],
    ['أعلنت الحكومة اليوم الأربعاء خطتها.', 'اليوم الأربعاء', '2025-03-12', 'DATE'],
    ['وصل الوفد مساء السبت.', 'مساء السبت', '2025-03-08TEV', 'TIME'],
    ['تبدأ المحادثات الاثنين المقبل.', 'الاثنين المقبل', '2025-03-17', 'DATE'],
    ['قال الوزير أمس إن الأسعار سترتفع.', 'أمس', '2025-03-11', 'DATE'],
    ['يصل الرئيس غداً إلى بغداد.', 'غداً', '2025-03-13', 'DATE'],
    ['ارتفعت الأسعار العام الماضي.', 'العام الماضي', '2024', 'DATE'],
    ['وانخفض التضخم الشهر الماضي.', 'الشهر الماضي', '2025-02', 'DATE'],
    ['واجتمع المجلس الأسبوع الماضي.', 'الأسبوع الماضي', '2025-W10', 'DATE'],
    ['تأسست الجامعة عام 1944.', 'عام 1944', '1944', 'DATE'],
    ['بدأت الحرب في 1980 وانتهت في 1988.', '1988', '1988', 'DATE'],
    ['صدر القرار في 2024م.', '2024م', '2024', 'DATE'],
    ['ازدهرت المدينة في التسعينيات.', 'التسعينيات', '199', 'DATE'],
    ['غادر البلاد قبل عامين.', 'قبل عامين', '2023', 'DATE'],
    ['استمرت المفاوضات ثلاث سنوات.', 'ثلاث سنوات', 'P3Y', 'DURATION'],
    ['يعيش في المنفى منذ 13 عاماً.', '13 عاماً', 'P13Y', 'DURATION'],
    ['تراجعت الأسعار في أواخر 2024.', 'أواخر 2024', '2024', 'DATE'],
    ['لا توجد حالياً أي خطة.', 'حالياً', 'PRESENT_REF', 'DATE'],
  ],
  fr: [
    ['Le traité a été signé le 15 octobre 2024 à Paris.', '15 octobre 2024', '2024-10-15', 'DATE'],
    ["L'usine a fermé en décembre 2024.", 'décembre 2024', '2024-12', 'DATE'],
    ['Le ministre a démissionné lundi.', 'lundi', '2025-03-10', 'DATE'],
    ['Le sommet aura lieu vendredi.', 'vendredi', '2025-03-14', 'DATE'],
    ['Les prix ont baissé la semaine dernière.', 'la semaine dernière', '2025-W10', 'DATE'],
    ["L'entreprise a été fondée en 1944.", '1944', '1944', 'DATE'],
    ['Il y a deux ans, la ville a été inondée.', 'Il y a deux ans', '2023', 'DATE'],
    ['Le chantier a pris fin 2024.', 'fin 2024', '2024', 'DATE'],
    ["L'accord a été conclu le 8 décembre dernier.", '8 décembre dernier', '2024-12-08', 'DATE'],
    ['Hier soir, le président a parlé.', 'Hier soir', '2025-03-11TEV', 'TIME'],
  ],
  de: [
    ['Der Vertrag wurde am 15. Oktober 2024 unterzeichnet.', '15. Oktober 2024', '2024-10-15', 'DATE'],
    ['Das Werk schloss im Dezember 2024.', 'Dezember 2024', '2024-12', 'DATE'],
    ['Der Minister trat am Montag zurück.', 'Montag', '2025-03-10', 'DATE'],
    ['Der Gipfel soll am Freitag stattfinden.', 'Freitag', '2025-03-14', 'DATE'],
    ['Die Preise fielen vergangene Woche.', 'vergangene Woche', '2025-W10', 'DATE'],
    ['Die Firma wurde im Jahr 1944 gegründet.', 'Jahr 1944', '1944', 'DATE'],
    ['Vor zwei Jahren wurde die Stadt überflutet.', 'Vor zwei Jahren', '2023', 'DATE'],
    ['Die Bauarbeiten endeten Ende 2024.', 'Ende 2024', '2024', 'DATE'],
    ['Am Dienstagabend sprach der Kanzler.', 'Dienstagabend', '2025-03-11TEV', 'TIME'],
    ['Im vergangenen Jahr stiegen die Preise.', 'vergangenen Jahr', '2024', 'DATE'],
  ],
  es: [
    ['El tratado se firmó el 15 de octubre de 2024 en Madrid.', '15 de octubre de 2024', '2024-10-15', 'DATE'],
    ['La fábrica cerró en diciembre de 2024.', 'diciembre de 2024', '2024-12', 'DATE'],
    ['El ministro dimitió el lunes.', 'lunes', '2025-03-10', 'DATE'],
    ['La cumbre será el viernes.', 'viernes', '2025-03-14', 'DATE'],
    ['Los precios bajaron la semana pasada.', 'la semana pasada', '2025-W10', 'DATE'],
    ['La empresa se fundó en 1944.', '1944', '1944', 'DATE'],
    ['Hace dos años la ciudad se inundó.', 'Hace dos años', '2023', 'DATE'],
    ['Las obras terminaron a finales de 2024.', 'finales de 2024', '2024', 'DATE'],
    ['Anoche llovió en Sevilla.', 'Anoche', '2025-03-11TNI', 'DATE'],
    ['El año pasado subieron los precios.', 'El año pasado', '2024', 'DATE'],
  ],
};

describe.each(Object.entries(cases))('%s', (lang, rows) => {
  it.each(rows)('%s → %s = %s (%s)', (sentence, expression, value, type) => {
    expect(find(lang, sentence, expression)).toMatchObject({ value, type });
  });
});

describe('fuzzy expressions are marked approximate', () => {
  it.each([
    ['ru', 'Цены выросли в конце 2024 года.', 'конце 2024 года', '2024'],
    ['ar', 'وتوقفت المشاريع في منتصف ديسمبر.', 'منتصف ديسمبر', '2024-12'],
    ['fr', 'Les travaux ont commencé début janvier.', 'début janvier', '2025-01'],
    ['de', 'Die Arbeiten begannen Anfang Januar.', 'Anfang Januar', '2025-01'],
    ['es', 'Las obras empezaron a principios de enero.', 'principios de enero', '2025-01'],
  ])('%s: %s → %s = %s', (lang, sentence, expression, value) => {
    expect(find(lang, sentence, expression)).toMatchObject({ value, approximate: true });
  });
});

describe('words that only look like dates', () => {
  it.each([
    ['ar', 'مارس الوزير ضغوطاً على الحكومة.'],
    ['ar', 'قال أحد المسؤولين إن الأب غادر.'],
    ['ru', 'Охрана окружающей среды стала приоритетом.'],
    ['ru', 'Эксперты обсудили состояние среды в регионе.'],
    ['de', 'Am Morgen sprach der Kanzler.'],
    ['es', 'Por la mañana llovió en Sevilla.'],
  ])('%s: %s has no date', (lang, sentence) => {
    expect(tagDates(sentence, reference, lang)).toEqual([]);
  });
});

describe('languages without a grammar', () => {
  it.each([
    ['it', "L'accordo è stato firmato il 2024-10-15 a Roma.", '2024-10-15', '2024-10-15'],
    ['pl', 'Umowę podpisano 15.10.2024 w Warszawie.', '15.10.2024', '2024-10-15'],
    ['tr', 'Fabrika 1944 yılında kuruldu.', '1944', '1944'],
  ])('%s: %s → %s = %s (language-neutral rules)', (lang, sentence, expression, value) => {
    expect(find(lang, sentence, expression)).toMatchObject({ value });
  });

  it('leave money, percentages and parts of numbers alone', () => {
    expect(tagDates('Il prezzo è 2024,50 euro, il 1999% e $2010.', reference, 'it')).toEqual([]);
  });
});

describe('the language tag', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['AR', 'ar'],
    ['pt_BR', 'pt'],
    ['en', 'en'],
  ])('%s has primary subtag %s', (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });

  it('defaults to English, and a regional tag reads as its language', () => {
    expect(tagDates('He resigned yesterday.', reference)).toMatchObject([{ text: 'yesterday', value: '2025-03-11' }]);
    expect(find('ru-RU', 'Вчера парламент принял закон.', 'Вчера')).toMatchObject({ value: '2025-03-11' });
  });
});

describe('foldArabic', () => {
  it('maps Eastern Arabic and Persian digits and alef forms one to one, and drops diacritics and tatweel', () => {
    const text = 'غداً بـ٨ ۲۰۲۴ أمس';
    const folded = foldArabic(text);
    expect(folded.text).toBe('غدا ب8 2024 امس');
    expect(folded.original).toHaveLength(folded.text.length + 1);
    expect(text.slice(folded.original[4], folded.original[6])).toBe('بـ٨');
    expect(folded.original.at(-1)).toBe(text.length);
  });
});
