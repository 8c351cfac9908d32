/**
 * The content rules catch each fault issue 16 found, on the very wording that had it: French
 * elision and spacing, misleading equivalents, France's 115, two names for one office or card,
 * Leichte Sprache that changed the content, dropped fees and deadlines, English that misleads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEntry } from '../../scripts/content/corpus.js';
import { compareFigures, figuresOf } from '../../scripts/content/figures.js';
import {
  checkFrenchTypography,
  fixFrenchTypography,
  NNBSP,
} from '../../scripts/content/french-typography.js';
import { checkGlossary, explainedCapitals, loadGlossary } from '../../scripts/content/glossary.js';
import { checkLeichteSprache } from '../../scripts/content/leichte-sprache.js';

const glossary = loadGlossary();
const rules = (findings: Array<{ rule: string }>) => findings.map((finding) => finding.rule);

/** A one-text unit for the glossary checks. */
function entry(
  de: string,
  texts: TextEntry['texts'],
  scope: TextEntry['scope'] = 'service',
): TextEntry {
  return { where: 'test', file: 'test', scope, unit: `${scope}:test`, kind: 'prose', de, texts };
}
const glossaryRules = (de: string, texts: TextEntry['texts'], scope?: TextEntry['scope']) =>
  checkGlossary(glossary, [entry(de, texts, scope)]).map(
    (finding) => `${finding.rule} ${finding.locale}`,
  );

describe('French typography', () => {
  it('wants elision before a vowel: "Administration de Eppelborn" is "d’Eppelborn"', () => {
    assert.deepEqual(rules(checkFrenchTypography('Administration de Eppelborn.', 'x')), [
      'fr.elision',
    ]);
    assert.deepEqual(checkFrenchTypography('Administration d’Eppelborn.', 'x'), []);
    assert.deepEqual(checkFrenchTypography('Le handicap, la haie, de Homburg.', 'x'), []);
  });

  it('wants a narrow no-break space before ? ! ; : and inside « »', () => {
    assert.deepEqual(rules(checkFrenchTypography('Que souhaitez-vous faire ?', 'x')), [
      'fr.space-before-sign',
    ]);
    assert.deepEqual(rules(checkFrenchTypography('Votre commune\u00A0:', 'x')), [
      'fr.space-before-sign',
    ]);
    assert.deepEqual(checkFrenchTypography(`Que souhaitez-vous faire${NNBSP}?`, 'x'), []);
    assert.deepEqual(checkFrenchTypography('De 8:00 à 12:00, étape S1:x', 'x'), []);
    assert.deepEqual(rules(checkFrenchTypography('pour « arbre »', 'x')), [
      'fr.quotes',
      'fr.quotes',
    ]);
  });

  it('wants one apostrophe, ’', () => {
    assert.deepEqual(rules(checkFrenchTypography("Demande d'allocation", 'x')), ['fr.apostrophe']);
  });

  it('fixes what it can, and leaves placeholders and markup alone', () => {
    assert.equal(
      fixFrenchTypography('Vouliez-vous dire : « <x id="0" equiv-text="${q}"/> » ? C\'est ça !'),
      `Vouliez-vous dire${NNBSP}: «${NNBSP}<x id="0" equiv-text="\${q}"/>${NNBSP}»${NNBSP}? C’est ça${NNBSP}!`,
    );
  });
});

describe('the glossary', () => {
  it('refuses misleading French equivalents', () => {
    for (const [de, fr] of [
      ['Gewerbesteuer', 'Taxe professionnelle : avis'],
      ['Handwerksrolle', 'inscription au registre des métiers'],
      ['Schöffen', 'Les échevins participent aux procès pénaux'],
      ['Schwerbehindertenausweis', 'la carte d’invalidité'],
    ] as const) {
      assert.ok(glossaryRules(de, { fr }).includes('glossary.forbidden fr'), fr);
    }
  });

  it('never names 115 in French without saying it is the German authorities’ number', () => {
    const de = 'Sie können auch die Behördennummer 115 anrufen.';
    assert.ok(
      glossaryRules(de, { fr: 'Appelez le numéro de service public 115.' }, 'ui').includes(
        'glossary.unexplained fr',
      ),
    );
    assert.deepEqual(
      glossaryRules(
        de,
        {
          fr: 'Appelez le 115 (Behördennummer, le numéro d’information des administrations allemandes, sans rapport avec le 115 français).',
        },
        'ui',
      ),
      [],
    );
  });

  it('gives one office one name, and the disability card one name', () => {
    assert.ok(
      glossaryRules('Zuständig ist das Standesamt.', {
        fr: 'Le bureau d’état civil compétent est celui du lieu de naissance.',
      }).includes('glossary.forbidden fr'),
    );
    assert.ok(
      glossaryRules('Schwerbehindertenausweis verlängern', {
        en: 'Renew or replace a disability card',
      }).includes('glossary.missing-term en'),
    );
    assert.ok(
      glossaryRules('beim Bürgerbüro', { fr: 'au bureau des citoyens' }).includes(
        'glossary.forbidden fr',
      ),
    );
  });

  it('wants the German terms France and Luxembourg lack explained (Familienkasse, Studierendenwerk, aG, Bl)', () => {
    assert.ok(
      glossaryRules('bei der Familienkasse', { fr: 'auprès de la Familienkasse' }).includes(
        'glossary.unexplained fr',
      ),
    );
    assert.ok(
      glossaryRules('beim Studierendenwerk', { en: 'at the Studierendenwerk' }).includes(
        'glossary.unexplained en',
      ),
    );
    assert.ok(
      glossaryRules('mit Merkzeichen aG oder Bl', {
        en: 'with the marker (Merkzeichen) aG or Bl',
      }).includes('glossary.unexplained en'),
    );
  });

  it('catches Leichte Sprache that changes a condition: "outside Europe" for outside the EU, a parking card without aG or Bl', () => {
    assert.ok(
      glossaryRules('Menschen aus Staaten außerhalb der EU brauchen einen Aufenthaltstitel.', {
        'de-x-ls': 'Sie kommen aus einem Land außerhalb von Europa.',
      }).includes('glossary.missing-term de-x-ls'),
    );
    assert.deepEqual(
      glossaryRules(
        'Mit dem blauen Parkausweis dürfen Menschen mit Merkzeichen aG oder Bl parken.',
        {
          'de-x-ls':
            'Sie haben eine schwere Behinderung. Dann dürfen Sie auf Park-Plätzen für Menschen mit Behinderung parken.',
        },
      ).filter((rule) => rule.endsWith('de-x-ls')),
      ['glossary.missing-term de-x-ls', 'glossary.missing-term de-x-ls'],
    );
  });

  it('wants the hard Leichte Sprache words explained (PIN, ELSTER, Standes-Amt), and no "Leistung" or "Portal" in the interface', () => {
    for (const [de, ls, explanation] of [
      ['Geben Sie Ihre PIN ein.', 'Geben Sie Ihre PIN ein.', 'Die PIN ist eine geheime Zahl.'],
      [
        'Die Steuererklärung geben Sie über ELSTER ab.',
        'Sie machen die Steuer-Erklärung bei ELSTER.',
        'ELSTER ist die Internet-Seite vom Finanz-Amt.',
      ],
      [
        'Zuständig ist das Standesamt.',
        'Gehen Sie zum Standes-Amt.',
        'Das Standes-Amt ist das Amt für Geburt, Hochzeit und Tod.',
      ],
    ] as const) {
      assert.ok(glossaryRules(de, { 'de-x-ls': ls }).includes('glossary.unexplained de-x-ls'), ls);
      assert.deepEqual(glossaryRules(de, { 'de-x-ls': `${explanation}\n${ls}` }), [], ls);
    }
    assert.ok(
      glossaryRules(
        'Leistungen werden geladen …',
        { 'de-x-ls': 'Die Leistungen kommen …' },
        'ui',
      ).includes('glossary.forbidden de-x-ls'),
    );
    assert.ok(
      glossaryRules('Im Portal anmelden', { 'de-x-ls': 'Im Portal an-melden' }, 'ui').includes(
        'glossary.forbidden de-x-ls',
      ),
    );
    assert.deepEqual(
      glossaryRules('Leistungen werden geladen …', { 'de-x-ls': 'Die Angebote kommen …' }, 'ui'),
      [],
    );
  });

  it('refuses the misleading English: "Change where you live", "online ID card"', () => {
    assert.ok(
      glossaryRules('Wohnort ändern', { en: 'Change where you live' }, 'ui').includes(
        'glossary.forbidden en',
      ),
    );
    assert.ok(
      glossaryRules('mit dem Online-Ausweis', { en: 'with the online ID card' }).includes(
        'glossary.forbidden en',
      ),
    );
  });

  it('keeps « service » for the office and « démarche » for the procedure in the interface', () => {
    assert.ok(
      glossaryRules('1 Leistung gefunden', { fr: '1 service trouvé' }, 'ui').includes(
        'glossary.missing-term fr',
      ),
    );
    assert.deepEqual(glossaryRules('1 Leistung gefunden', { fr: '1 démarche trouvée' }, 'ui'), []);
  });
});

describe('figures kept in translation', () => {
  it('catches a cost text that omits a fee the German names', () => {
    const de =
      '70 Euro ab 24 Jahren, 37,50 Euro unter 24 Jahren; 22 Euro Aufschlag für 48 Seiten; 6 Euro für die Lichtbildaufnahme im Bürgerbüro; Direktversand 15 Euro.';
    const before =
      'EUR 70 from age 24, EUR 37.50 under 24; EUR 22 extra for 48 pages; photo at the office EUR 6.';
    assert.deepEqual(compareFigures(de, before, 'en'), { dropped: ['15'], added: [] });
    assert.deepEqual(compareFigures(de, `${before} Direct delivery EUR 15.`, 'en'), {
      dropped: [],
      added: [],
    });
  });

  it('catches Leichte Sprache that drops a legal deadline (death: third working day; parental allowance: three months)', () => {
    const death =
      'Ein Todesfall muss spätestens am dritten Werktag dem Standesamt angezeigt werden.';
    assert.deepEqual(
      compareFigures(
        death,
        'Ein Mensch ist gestorben. Dann muss das Standes-Amt davon erfahren.',
        'de-x-ls',
      ).dropped,
      ['3'],
    );
    assert.deepEqual(
      compareFigures(
        death,
        'Das Standes-Amt muss es spätestens am 3. Werk-Tag erfahren.',
        'de-x-ls',
      ),
      { dropped: [], added: [] },
    );
    const allowance = 'Rückwirkend gibt es nur drei Monate.';
    assert.deepEqual(
      compareFigures(allowance, 'Beantragen Sie es schnell nach der Geburt.', 'de-x-ls').dropped,
      ['3'],
    );
  });

  it('reads the same figure however each language writes it', () => {
    const same = (de: string, en: string, fr: string, ls: string) => {
      assert.deepEqual(compareFigures(de, en, 'en'), { dropped: [], added: [] }, en);
      assert.deepEqual(compareFigures(de, fr, 'fr'), { dropped: [], added: [] }, fr);
      assert.deepEqual(compareFigures(de, ls, 'de-x-ls'), { dropped: [], added: [] }, ls);
    };
    same(
      'Seit dem 1. April 2025 höchstens 1.800 Euro, innerhalb eines Monats, ein bis zwei Wochen.',
      'Since 1 April 2025 at most EUR 1,800, within one month, one to two weeks.',
      'Depuis le 1er avril 2025, au plus 1 800 euros, dans un délai d’un mois, une à deux semaines.',
      'Seit dem 1. April 2025 höchstens 1.800 Euro. In 1 Monat. 1 bis 2 Wochen.',
    );
    same('Spätestens um 18 Uhr.', 'By 6 pm at the latest.', 'Au plus tard à 18 h.', 'Bis 18 Uhr.');
    assert.deepEqual([...figuresOf('27,60 Euro', 'de')], ['27.6']);
    assert.deepEqual([...figuresOf('EUR 27.60', 'en')], ['27.6']);
  });

  it('lets Leichte Sprache leave out paragraphs of law, but no other figure', () => {
    const de = 'Der Vermieter bestätigt den Einzug (§ 19 Bundesmeldegesetz), höchstens 10 MB.';
    assert.deepEqual(
      compareFigures(de, 'Der Vermieter schreibt es auf. Höchstens 10 Mega-Byte.', 'de-x-ls'),
      {
        dropped: [],
        added: [],
      },
    );
    assert.deepEqual(compareFigures(de, 'The landlord confirms it, at most 10 MB.', 'en').dropped, [
      '19',
    ]);
  });
});

describe('the Leichte Sprache linter', () => {
  const lint = (text: string) =>
    rules(checkLeichteSprache(text, 'x', explainedCapitals(glossary), ['Grad der Behinderung']));

  it('accepts short, active sentences with digits', () => {
    assert.deepEqual(
      lint('Sie haben einen Hund?\nDann melden Sie den Hund an.\nDas kostet 5 Euro.'),
      [],
    );
  });

  it('finds long sentences and sentences with a second statement', () => {
    assert.deepEqual(
      lint(
        'Dann bekommt Ihr Kind Geld für Essen in der Schule, für Ausflüge, für Schul-Sachen und für den Sport-Verein.',
      ),
      ['ls.sentence-length'],
    );
    assert.deepEqual(lint('Es muss das Standes-Amt sein, wo Sie geheiratet haben.'), [
      'ls.one-statement',
    ]);
    assert.deepEqual(lint('Es gilt für den Ort, den Tag und die Uhrzeit.'), []);
  });

  it('finds the passive, the genitive and abbreviations', () => {
    assert.deepEqual(lint('Die Leistungen werden geladen.'), ['ls.passive']);
    assert.deepEqual(lint('Das ist das Amt des Landkreises.'), ['ls.genitive']);
    assert.deepEqual(lint('Sie kommen aus einem Land außerhalb der Union.'), ['ls.genitive']);
    assert.deepEqual(lint('Der Grad der Behinderung ist eine Zahl.'), []);
    assert.deepEqual(lint('Zum Beispiel z. B. ein Auto.'), ['ls.abbreviation']);
    assert.deepEqual(lint('Bei einer GbR meldet sich jede Person an.'), ['ls.abbreviation']);
    assert.deepEqual(lint('Gesellschaft bürgerlichen Rechts (GbR)'), []);
    assert.deepEqual(lint('Die PIN ist eine geheime Zahl.'), []);
    // A reference number is a code to copy, not an abbreviation; capitals beside it still count.
    assert.deepEqual(lint('Zum Beispiel: SAAR-2026-7KQ4-M2XH'), []);
    assert.deepEqual(lint('Das Akten-Zeichen vom BAMF: SAAR-2026-7KQ4-M2XH'), ['ls.abbreviation']);
    assert.deepEqual(lint('Der GbR-Vertrag von 2026.'), ['ls.abbreviation']);
  });

  it('wants digits, dates as "27. März 1985" and times as "8 Uhr bis 12 Uhr"', () => {
    assert.deepEqual(lint('Sie haben fünf Tage Zeit.'), ['ls.number-as-word']);
    assert.deepEqual(lint('Zum Beispiel: 27.03.1985.'), ['ls.date']);
    assert.deepEqual(lint('Geöffnet 08:00–12:00.'), ['ls.time']);
    assert.deepEqual(lint('Geöffnet von 8 Uhr bis 12 Uhr.'), []);
    assert.deepEqual(lint('Zum Beispiel: 14:30 Uhr.'), []);
    assert.deepEqual(lint('Zum Beispiel: 14:30.'), ['ls.time']);
    assert.deepEqual(lint('Nach § 6 gilt das.'), ['ls.special-sign']);
  });

  it('refuses negations with a plain positive wording: "kostet nichts", "passen nicht in"', () => {
    assert.deepEqual(lint('Die Anmeldung kostet nichts.'), ['ls.negation']);
    assert.deepEqual(lint('Die Bescheinigungen kosten auch nichts.'), ['ls.negation']);
    assert.deepEqual(lint('Die Beratung kostet kein Geld.'), ['ls.negation']);
    assert.deepEqual(lint('Die Möbel passen nicht in die Müll-Tonne.'), ['ls.negation']);
    assert.deepEqual(
      lint('Die Anmeldung ist kostenlos.\nDie Möbel sind zu groß für die Müll-Tonne.'),
      [],
    );
    // Negations without a plain positive wording stay allowed (and are counted for the report).
    assert.deepEqual(lint('Sie wissen es nicht?\nDann fragen Sie das Amt.'), []);
  });

  it('splits nouns with a hyphen, never verbs: "hoch-laden"', () => {
    assert.deepEqual(lint('Erlaubnis hoch-laden'), ['ls.hyphenated-verb']);
    assert.deepEqual(lint('Gehen Sie zum Bürger-Büro.'), []);
  });
});
