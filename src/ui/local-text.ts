/** Catalogue texts in the citizen's language, marked German where no translation exists. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pickText, type LanguageMap, type Locale } from '../api/vocabulary.js';

/**
 * The text of `map` in `locale`; when only German exists it is wrapped in `lang="de"`, so screen
 * readers switch voice and browsers hyphenate correctly.
 */
export function localText(map: LanguageMap, locale: Locale): TemplateResult | string {
  const { text, lang } = pickText(map, locale);
  return lang === locale ? text : html`<span lang=${lang}>${text}</span>`;
}

/**
 * Paragraphs of a text module: the catalogue separates paragraphs with blank lines and list
 * items with line breaks; we keep that structure as text, never as HTML.
 */
export function paragraphs(map: LanguageMap, locale: Locale): TemplateResult {
  const { text, lang } = pickText(map, locale);
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return html`<div class="text-module" lang=${ifDefined(lang === locale ? undefined : lang)}>
    ${blocks.map((block) => {
      const lines = block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const isList = lines.length > 1 && lines.every((line) => /^[-•*]\s/.test(line));
      return isList
        ? html`<ul>
            ${lines.map((line) => html`<li>${line.replace(/^[-•*]\s+/, '')}</li>`)}
          </ul>`
        : html`<p>${block}</p>`;
    })}
  </div>`;
}
