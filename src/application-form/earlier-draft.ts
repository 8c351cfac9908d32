/**
 * "You started this application before": a logged-in citizen who opens a form they once saved
 * at the portal is offered to continue there, instead of starting again unaware.
 */
import { html, type TemplateResult } from 'lit';
import { listMyDrafts } from '../api/calls/drafts.js';
import type { PortalClient } from '../api/portal-client.js';
import type { Draft } from '../api/schemas/draft.js';
import type { Locale } from '../api/vocabulary.js';
import { text } from './messages.js';

/** The citizen's most recently saved draft for `serviceId`, if any (never throws: a courtesy). */
export async function latestDraftFor(
  client: PortalClient,
  serviceId: string,
): Promise<Draft | undefined> {
  try {
    const { drafts } = await listMyDrafts(client);
    return drafts
      .filter((draft) => draft.serviceId === serviceId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  } catch {
    return undefined;
  }
}

/** The offer above the first step: continue the saved draft, or start afresh. */
export function renderEarlierDraft(
  draft: Draft,
  locale: Locale,
  onContinue: () => void,
  onFresh: () => void,
): TemplateResult {
  const saved = new Intl.DateTimeFormat(locale === 'de-x-ls' ? 'de' : locale, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(draft.updatedAt));
  return html`<section class="earlier notice" aria-labelledby="earlier-heading">
    <h3 id="earlier-heading" tabindex="-1">${text.earlierHeading()}</h3>
    <p>${text.earlierText(saved)}</p>
    <div class="actions">
      <button
        type="button"
        class="button button--primary"
        id="earlier-continue"
        @click=${onContinue}
      >
        ${text.earlierContinue()}
      </button>
      <button type="button" class="button button--secondary" @click=${onFresh}>
        ${text.earlierFresh()}
      </button>
    </div>
  </section>`;
}
