/**
 * The figures a text states — amounts, counts, ages, deadlines, dates, times, paragraph
 * numbers — normalised so a German text and its translation can be compared: "1.800 Euro",
 * "EUR 1,800" and "1 800 euros" are all `1800`; "eines Monats", "one month", "d’un mois" and
 * "1 Monat" are all `1`; "1. April 2025", "1 April 2025" and "1er avril 2025" are all
 * `date:2025-04-01`; "08:00", "8 Uhr" and "8 h" are all `time:8:00`. A translation must state
 * exactly the figures its German source states: none dropped, none added.
 */
import type { TargetLocale } from './corpus.js';

type Language = 'de' | 'en' | 'fr';
const languageOf = (locale: TargetLocale | 'de'): Language =>
  locale === 'de-x-ls' ? 'de' : locale;

const MONTHS: Record<Language, string[]> = {
  de: [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

const capitalisedEnglishMonths = MONTHS.en
  .filter((month) => month !== 'may')
  .map((month) => month[0]!.toUpperCase() + month.slice(1))
  .join('|');

/** Numbers written as words; "ein", "one", "un" only count before a unit (see `ONE`). */
const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  de: {
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    dreizehn: 13,
    vierzehn: 14,
    fünfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
    zwanzig: 20,
    dreißig: 30,
    vierzig: 40,
    fünfzig: 50,
    sechzig: 60,
    hundert: 100,
    tausend: 1000,
    zweimal: 2,
    dreimal: 3,
  },
  en: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    hundred: 100,
    thousand: 1000,
    twice: 2,
  },
  fr: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    cent: 100,
    mille: 1000,
  },
};

const UNITS: Record<Language, string> = {
  de: 'Monat|Monats|Monaten|Woche|Wochen|Jahr|Jahre|Jahres|Jahren|Tag|Tage|Tages|Tagen|Stunde|Stunden|Werktag|Werktage|Werktags|Werktages|Werktagen',
  en: 'months?|weeks?|years?|days?|hours?|working days?|business days?',
  fr: 'mois|semaines?|ans?|années?|jours?|heures?|jours? ouvrables?|jours? ouvrés?',
};

/**
 * "ein Monat", "one month", "un mois", and "ein bis zwei Wochen", "one to two weeks": the article
 * is the figure 1 before a unit of time or a range of them. In English "a" only after a word
 * that makes it a count ("within a month"), not a rate ("50 euros a year").
 */
const ONE: Record<Language, RegExp> = {
  de: new RegExp(
    `(?<![\\p{L}])(?:ein|eine|einen|einem|einer|eines)(?=\\s+(?:${UNITS.de})(?![\\p{L}])|\\s+(?:bis|oder)\\s+\\S+\\s+(?:${UNITS.de})(?![\\p{L}]))`,
    'giu',
  ),
  en: new RegExp(
    `(?<![\\p{L}])(?:one|(?<=(?:within|for|after|in|of|than|least|to|over|about|around|approximately)\\s)an?)(?=\\s+(?:${UNITS.en})(?![\\p{L}])|\\s+(?:to|or)\\s+\\S+\\s+(?:${UNITS.en})(?![\\p{L}]))`,
    'giu',
  ),
  fr: new RegExp(
    `(?<![\\p{L}’'])(?:un|une|d’un|d’une|d'un|d'une)(?=\\s+(?:${UNITS.fr})(?![\\p{L}])|\\s+(?:à|ou)\\s+\\S+\\s+(?:${UNITS.fr})(?![\\p{L}]))`,
    'giu',
  ),
};

/** "ein bis drei Buchstaben", "one to three", "une à trois": 1 as the start of a range. */
const RANGE_FROM_ONE: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:ein|eine)(?=\s+bis\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(?![\p{L}]))/giu,
  en: /(?<![\p{L}])one(?=\s+(?:to|or)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}]))/giu,
  fr: /(?<![\p{L}’'])(?:un|une)(?=\s+(?:à|ou)\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix)(?![\p{L}]))/giu,
};

/** Ordinal numbers written as words ("am dritten Werktag", "the third working day"). */
const ORDINAL_WORDS: Record<Language, Array<[string, number]>> = {
  de: [
    ['erst(?:e|er|es|en|em)', 1],
    ['zweit(?:e|er|es|en|em)', 2],
    ['dritt(?:e|er|es|en|em)', 3],
    ['viert(?:e|er|es|en|em)', 4],
    ['fünft(?:e|er|es|en|em)', 5],
    ['sechst(?:e|er|es|en|em)', 6],
    ['siebt(?:e|er|es|en|em)', 7],
    ['zehnt(?:e|er|es|en|em)', 10],
  ],
  en: [
    // Not "first name" (Vorname) or "second home" (Zweitwohnung): compounds in German.
    ['first(?![\\s-](?:names?|aid))', 1],
    ['second(?![\\s-](?:home|residence|names?))', 2],
    ['third', 3],
    ['fourth', 4],
    ['fifth', 5],
    ['sixth', 6],
    ['seventh', 7],
    ['tenth', 10],
  ],
  fr: [
    ['(?:premier|première|premiers|premières)(?! secours)', 1],
    ['deuxième|deuxièmes|second|seconde', 2],
    ['troisième|troisièmes', 3],
    ['quatrième', 4],
    ['cinquième', 5],
    ['sixième', 6],
    ['septième', 7],
    ['dixième', 10],
  ],
};

/** Figures of a text, as a set of normalised tokens. */
export function figuresOf(text: string, locale: TargetLocale | 'de'): Set<string> {
  const language = languageOf(locale);
  const figures = new Set<string>();
  let rest = ` ${text.replace(/\{\d+\}/g, ' ')} `.replace(/https?:\/\/\S+/g, ' ');
  const take = (pattern: RegExp, token: (match: RegExpExecArray) => string | undefined) => {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const value = token(match);
      if (value !== undefined) figures.add(value);
      return ' ';
    });
  };
  const pad = (value: string | undefined) => String(Number(value)).padStart(2, '0');
  const monthIndex = (name: string | undefined) =>
    MONTHS[language].indexOf((name ?? '').toLocaleLowerCase(language === 'en' ? 'en' : language)) +
    1;
  const months = MONTHS[language].join('|');
  const dayMonthYear = (day?: string, month?: number, year?: string) =>
    `date:${year ?? '-'}-${pad(String(month))}-${pad(day)}`;

  // Dates and times first, so their parts are not read as plain numbers.
  take(/(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/gu, (m) =>
    dayMonthYear(m[1], Number(m[2]), m[3]),
  );
  if (language === 'en') {
    take(
      new RegExp(
        `(?<![\\p{L}])(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?(?!\\d)`,
        'giu',
      ),
      (m) => dayMonthYear(m[2], monthIndex(m[1]), m[3]),
    );
  }
  const dayFirst =
    language === 'de'
      ? `(\\d{1,2})\\.\\s*(${months})(?:\\s+(\\d{4}))?`
      : language === 'fr'
        ? `(\\d{1,2})(?:er|ᵉʳ)?\\s+(${months})(?:\\s+(\\d{4}))?`
        : `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})(?:\\s+(\\d{4}))?`;
  take(new RegExp(`(?<!\\d)${dayFirst}(?![\\p{L}])`, 'giu'), (m) =>
    dayMonthYear(m[1], monthIndex(m[2]), m[3]),
  );
  // A month alone; in English only a capitalised one, and never "May" (the verb).
  take(
    language === 'en'
      ? new RegExp(`(?<![\\p{L}])(${capitalisedEnglishMonths})(?![\\p{L}])`, 'gu')
      : new RegExp(`(?<![\\p{L}])(${months})(?![\\p{L}])`, 'giu'),
    (m) => `month:${monthIndex(m[1])}`,
  );

  const time = (hours?: string, minutes?: string) => `time:${Number(hours)}:${minutes ?? '00'}`;
  take(/(?<![\d:])(\d{1,2}):(\d{2})(?:\s*(?:Uhr|h))?(?![\d:])/gu, (m) => time(m[1], m[2]));
  if (language === 'de') take(/(?<![\d.,])(\d{1,2})\s+Uhr(?![\p{L}])/gu, (m) => time(m[1]));
  if (language === 'fr') {
    take(/(?<![\d.,])(\d{1,2})\s?h(?:\s?(\d{2}))?(?![\p{L}\d])/gu, (m) => time(m[1], m[2]));
  }
  if (language === 'en') {
    take(/(?<![\d.,])(\d{1,2})(?::(\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)/giu, (m) => {
      const hours = (Number(m[1]) % 12) + (m[3]?.toLowerCase().startsWith('p') ? 12 : 0);
      return time(String(hours), m[2]);
    });
  }

  if (language === 'fr') {
    take(/pour\s+cent/giu, () => undefined); // "cent" is not 100 there
    take(/(?<![\p{L}])neuf(?=\s+\p{L}+[sx](?![\p{L}]))/giu, () => '9'); // "neuf" is also "new"
    take(/(?<![\p{L}])(?:les|des|aux)\s+deux(?![\p{L}])/giu, () => '2');
  }
  if (language === 'de')
    take(/(?<![\p{L}])(?:beide|beiden|beider|beides)(?![\p{L}])/giu, () => '2');
  if (language === 'en') take(/(?<![\p{L}])both(?![\p{L}])/giu, () => '2');
  take(ONE[language], () => '1');
  take(RANGE_FROM_ONE[language], () => '1');
  // German ordinals are adjectives, written small; "Dritte" (third parties) is a noun.
  for (const [word, value] of ORDINAL_WORDS[language]) {
    const flags = language === 'de' ? 'gu' : 'giu';
    take(new RegExp(`(?<![\\p{L}])(?:${word})(?![\\p{L}])`, flags), () => String(value));
  }
  const numberWords = Object.keys(NUMBER_WORDS[language]).join('|');
  take(new RegExp(`(?<![\\p{L}])(${numberWords})(?![\\p{L}])`, 'giu'), (m) =>
    String(NUMBER_WORDS[language][(m[1] ?? '').toLocaleLowerCase(language)]),
  );

  const number =
    language === 'en'
      ? /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])/gu
      : language === 'fr'
        ? /(?<![\d.,])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(\d+))?(?![\d])/gu
        : /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])/gu;
  take(number, (m) => {
    const whole = (m[1] ?? '').replace(/[., \u00A0\u202F]/g, '');
    const fraction = (m[2] ?? '').replace(/0+$/, '');
    return String(
      Number(fraction === '' || /^-+$/.test(m[2] ?? '') ? whole : `${whole}.${fraction}`),
    );
  });
  return figures;
}

/**
 * Paragraphs of law ("§ 19 BMG", "§§ 14 und 15 GewO", "Art. 6 DSGVO"): Leichte Sprache names what
 * the law says, not where (DIN SPEC 33429 asks to leave references out unless the reader needs
 * them), so they are not figures a Leichte Sprache text must repeat.
 */
const LEGAL_REFERENCE =
  /(?:§§?|Art\.|Artikel)\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz|Satz|Nr\.)\s*\d+)*(?:\s*(?:,|und|bis|–|-)\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz|Satz|Nr\.)\s*\d+)*)*/gu;

/** The figures `target` drops from `source`, and the ones it adds. */
export function compareFigures(
  source: string,
  target: string,
  targetLocale: TargetLocale,
): { dropped: string[]; added: string[] } {
  const stated = figuresOf(
    targetLocale === 'de-x-ls' ? source.replace(LEGAL_REFERENCE, ' ') : source,
    'de',
  );
  const translated = figuresOf(target, targetLocale);
  return {
    dropped: [...stated].filter((figure) => !translated.has(figure)),
    added: [...translated].filter((figure) => !stated.has(figure)),
  };
}
