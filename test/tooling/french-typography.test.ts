/**
 * French typography in the French translations (xliff/fr.xlf), as the Imprimerie nationale's
 * rules have it: a narrow no-break space (U+202F) before ? ! ; and :, one apostrophe (’), « »
 * quotes with narrow no-break spaces inside, no space before an ellipsis. Issue 14, point 15.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const NNBSP = '\u202f';
const xliff = readFileSync(new URL('../../xliff/fr.xlf', import.meta.url), 'utf8');

/** Each French target as text: placeholders out, entities decoded. */
const targets = [
  ...xliff.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<target>([\s\S]*?)<\/target>/g),
].map(([, id, target]) => ({
  id: id!,
  text: target!
    .replace(/<x [^>]*\/>/g, '0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'"),
}));

/** What is wrong with the typography of one French text. */
function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  // Times (08:00) and URLs (https://) are not punctuation.
  const prose = text.replace(/\d:\d/g, '').replace(/[a-z]+:\/\//g, '');
  for (const match of prose.matchAll(/(.)([?!;:])/g)) {
    if (match[1] !== NNBSP) {
      problems.push(`"${match[2]}" after ${JSON.stringify(match[1])} instead of U+202F`);
    }
  }
  if (/'/.test(text)) problems.push('straight apostrophe (use ’)');
  if (/["“”„]/.test(text)) problems.push('quotes other than « »');
  for (const match of text.matchAll(/«(.)|(.)»/g)) {
    const inside = match[1] ?? match[2];
    if (inside !== NNBSP) problems.push('« » without U+202F inside');
  }
  if (/\s…/.test(text)) problems.push('space before …');
  if (/\d[\s\u202f]:\d/.test(text)) problems.push('a time with a space before its colon');
  return problems;
}

test('the rule itself: it accepts good French and names each fault of bad French', () => {
  assert.deepEqual(frenchTypographyProblems(`Où${NNBSP}? «${NNBSP}oui${NNBSP}»`), []);
  assert.deepEqual(frenchTypographyProblems('Ouvert de 08:00 à 12:00, https://x.fr'), []);
  assert.equal(frenchTypographyProblems("Où ? l'acte").length, 2);
  assert.equal(frenchTypographyProblems('Chargement …').length, 1);
  assert.equal(frenchTypographyProblems(`à 14${NNBSP}:30`).length, 1);
  assert.equal(frenchTypographyProblems('Résultat: "oui"').length, 2);
});

test('every French translation follows French typography', () => {
  assert.ok(targets.length > 100, `only ${targets.length} French targets found`);
  const problems = targets.flatMap(({ id, text }) =>
    frenchTypographyProblems(text).map((problem) => `${id}: ${problem} — ${text}`),
  );
  assert.deepEqual(problems, []);
});
