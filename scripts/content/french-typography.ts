/**
 * French typography as readers in France and Luxembourg expect it (Lexique des règles
 * typographiques en usage à l'Imprimerie nationale): a narrow no-break space (U+202F) before
 * `? ! ; :` and inside « », so the sign never wraps onto the next line; one apostrophe, ’;
 * elision before a vowel ("d’Eppelborn", not "de Eppelborn"). `fixFrenchTypography` repairs
 * what can be repaired mechanically; elision needs a person.
 */
import type { Finding } from './finding.js';

/** Narrow no-break space. */
export const NNBSP = '\u202F';

const VOWEL = 'AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆaeiouyàâäéèêëîïôöùûüœæ';

/**
 * Words before which a mute h elides ("l’hôpital"); every other h is aspirated and keeps the
 * article ("le handicap", "la haie").
 */
const MUTE_H =
  /^(h[ôo]pita|h[ée]berg|habita|heure|hygi[èe]n|hui[ls]|homme|honor|hôtel|h[ée]rit|histo|hiver|hab[ie])/i;

/** A high sign (`? ! ; :`) with the character and space before it and the character after it. */
const HIGH_SIGN = /(\S?)([ \u00A0\u202F]?)([?!;:])(?=(\S?))/gu;

/** Whether a high sign is typographic punctuation that needs the space (not "8:00", "S1:x", "?!"). */
function needsSpace(before: string, sign: string, after: string): boolean {
  if (before === '') return false;
  if (sign === ':' && /\d$/.test(before) && /^\d/.test(after)) return false;
  if (sign === ':' && after !== '' && !/[«»"“(]/.test(after)) return false;
  if (/[?!]/.test(before)) return false;
  return true;
}

/** Text with `{0}`-style placeholders and XML tags left alone by the fixer. */
function mapOutsideTags(text: string, fix: (part: string) => string): string {
  return text
    .split(/(<[^>]+>|\{\d+\})/)
    .map((part, index) => (index % 2 === 1 ? part : fix(part)))
    .join('');
}

/** The French typography findings of one text. */
export function checkFrenchTypography(text: string, where: string): Finding[] {
  const findings: Finding[] = [];
  const report = (rule: string, message: string) =>
    findings.push({ rule, locale: 'fr', where, message });
  const plain = text.replace(/https?:\/\/\S+/g, 'URL');

  if (plain.includes("'"))
    report('fr.apostrophe', `straight apostrophe (use ’): ${excerpt(plain, "'")}`);
  for (const quote of ['"', '“', '”', '„']) {
    if (plain.includes(quote))
      report('fr.quotes', `${quote} instead of « »: ${excerpt(plain, quote)}`);
  }
  for (const match of plain.matchAll(/«(.)|(.)»/gu)) {
    const inside = match[1] ?? match[2];
    if (inside !== NNBSP) {
      report('fr.quotes', `« » need a narrow no-break space inside: ${excerpt(plain, match[0])}`);
    }
  }
  for (const match of plain.matchAll(HIGH_SIGN)) {
    const [whole, before = '', space = '', sign = '', after = ''] = match;
    if (needsSpace(before, sign, after) && space !== NNBSP) {
      report(
        'fr.space-before-sign',
        `${sign} needs a narrow no-break space (U+202F) before it: ${excerpt(plain, whole)}`,
      );
    }
  }
  for (const match of plain.matchAll(
    new RegExp(
      `(^|[^\\p{L}’'-])(de|le|la|que|ne|se|ce|je|me|te|lorsque|puisque|jusque)[ \\u00A0]+([${VOWEL}h][\\p{L}-]*)`,
      'giu',
    ),
  )) {
    const [, , article = '', word = ''] = match;
    if (/^(ou|et|au|aux|à|auprès|y|onze|oui)$/i.test(word)) continue;
    if (/^h/i.test(word) && !MUTE_H.test(word)) continue;
    report('fr.elision', `"${article} ${word}" elides: ${article.slice(0, -1)}’${word}`);
  }
  return findings;
}

function excerpt(text: string, around: string): string {
  const at = text.indexOf(around);
  return `…${text.slice(Math.max(0, at - 25), at + around.length + 10).replace(/\s+/g, ' ')}…`;
}

/** The text with apostrophes, quotes and high-sign spaces set right (elision is not touched). */
export function fixFrenchTypography(text: string): string {
  return mapOutsideTags(text, (part) =>
    part
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      .replace(/[“"„]\s*([^“”"„]+?)\s*[”"“]/gu, `«${NNBSP}$1${NNBSP}»`)
      .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
      .replace(
        HIGH_SIGN,
        (whole: string, before: string, _space: string, sign: string, after: string) =>
          needsSpace(before, sign, after) ? `${before}${NNBSP}${sign}` : whole,
      ),
  );
}
