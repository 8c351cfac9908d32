/**
 * The form that answers `ACTION_REQUIRED` with documents: a file choice (PDF, JPEG, PNG), the
 * chosen files each with "Entfernen", an optional note, and "Unterlagen senden", with progress,
 * success and failures said in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DOCUMENTS_MESSAGE_MAX_LENGTH } from '../api/vocabulary.js';
import { renderFailure } from '../ui/feedback.js';
import { renderField } from '../ui/field/field.js';
import { DOCUMENT_TYPES, type DocumentAnswer } from './document-answer.js';
import { text } from './messages.js';

/** The answer form for `answer`, sending on submit. */
export function renderDocuments(answer: DocumentAnswer): TemplateResult {
  const { state } = answer;
  const sending = state.kind === 'sending';
  return html`<form
    class="documents"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      void answer.send();
    }}
  >
    <h4 id="documents-heading">${text.documentsHeading()}</h4>
    ${renderField(
      {
        id: 'documents-files',
        label: text.documentsFiles(),
        hint: text.documentsHint(),
        error: answer.problems.length > 0 ? answer.problems.join(' ') : undefined,
      },
      (attributes) =>
        html`<input
          id=${attributes.id}
          type="file"
          multiple
          accept=${DOCUMENT_TYPES.join(',')}
          aria-describedby=${attributes.describedBy ?? nothing}
          aria-invalid=${attributes.invalid ? 'true' : 'false'}
          ?disabled=${sending}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            answer.choose([...(input.files ?? [])]);
            // Cleared, so choosing the same file again after removing it works.
            input.value = '';
          }}
        />`,
    )}
    ${
      answer.files.length > 0
        ? html`<ul class="chosen-files" aria-label=${text.documentsChosen()}>
            ${answer.files.map(
              (file) =>
                html`<li>
                  <span class="file-name">${file.name}</span>
                  <button
                    type="button"
                    class="link-button"
                    ?disabled=${sending}
                    @click=${() => answer.remove(file)}
                  >
                    ${text.documentRemove()}<span class="visually-hidden">: ${file.name}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${renderField(
      { id: 'documents-message', label: text.documentsMessage(), optional: true },
      (attributes) =>
        html`<textarea
          id=${attributes.id}
          rows="3"
          maxlength=${DOCUMENTS_MESSAGE_MAX_LENGTH}
          aria-describedby=${attributes.describedBy ?? nothing}
          .value=${answer.message}
          ?disabled=${sending}
          @input=${(event: Event) => answer.setMessage((event.target as HTMLTextAreaElement).value)}
        ></textarea>`,
    )}
    ${renderSendingState(answer)}
    <p>
      <button
        type="submit"
        class="button button--primary"
        aria-disabled=${sending ? 'true' : 'false'}
      >
        ${text.documentsSend()}
      </button>
    </p>
  </form>`;
}

function renderSendingState(answer: DocumentAnswer): TemplateResult | typeof nothing {
  const { state } = answer;
  switch (state.kind) {
    case 'idle':
      return nothing;
    case 'sending':
      return html`<p class="hint">${text.documentsSending(state.uploaded, state.total)}</p>`;
    case 'sent':
      // Said on the application's page: this form goes once the status moves on.
      return nothing;
    case 'failed':
      if (answer.noLongerAwaited) {
        return html`<div class="error" role="alert" id="documents-failure">
          <p>${text.documentsNotAwaited()}</p>
        </div>`;
      }
      return renderFailure({
        what: text.documentsFailed(),
        error: state.error,
        retry: () => void answer.send(),
        id: 'documents-failure',
      });
  }
}
