/** The status tracker's own styles, on top of the shared ones; tokens only, no fixed colours. */
import { css } from 'lit';

export const trackerStyles = css`
  h2,
  h3 {
    margin: 0 0 var(--_saar-space-2);
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_saar-font-size-xl);
  }
  h3 {
    font-size: var(--_saar-font-size-l);
  }
  p {
    margin: 0 0 var(--_saar-space-2);
  }
  .application,
  .lookup,
  .mine,
  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_saar-space-3);
  }
  .meta {
    color: var(--_saar-color-text-muted);
    font-size: var(--_saar-font-size-s);
  }
  .current,
  .action,
  .office {
    padding: var(--_saar-space-3) var(--_saar-space-4);
    border-inline-start: 4px solid var(--_saar-color-brand);
    background: var(--_saar-color-surface-raised);
  }
  .action {
    border-inline-start-color: var(--_saar-color-warning);
  }
  .current-badge {
    font-size: var(--_saar-font-size-l);
    font-weight: var(--_saar-font-weight-bold);
  }
  .live-state {
    font-size: var(--_saar-font-size-s);
    color: var(--_saar-color-text-muted);
  }
  .live-state--offline {
    color: var(--_saar-color-text);
    font-weight: var(--_saar-font-weight-bold);
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_saar-color-border);
  }
  .event {
    position: relative;
    padding: 0 0 var(--_saar-space-4) var(--_saar-space-4);
  }
  .event p {
    margin: 0 0 var(--_saar-space-1);
  }
  .event-time {
    color: var(--_saar-color-text-muted);
    font-size: var(--_saar-font-size-s);
  }
  .office-name {
    font-weight: var(--_saar-font-weight-bold);
  }
  .contact,
  .applications {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_saar-space-3);
  }
  .application-item {
    padding: var(--_saar-space-3);
    border: 1px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
  }
  .item-name {
    font-weight: var(--_saar-font-weight-bold);
  }
  .input-code {
    inline-size: 100%;
    max-inline-size: 16em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .input-code--short {
    max-inline-size: 10em;
  }
  a,
  .office-name,
  .item-name,
  .file-name {
    overflow-wrap: anywhere;
  }
  .documents {
    margin-block-start: var(--_saar-space-3);
  }
  h4 {
    margin: 0;
    font-size: var(--_saar-font-size-m);
  }
  .chosen-files {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_saar-space-1);
  }
  .chosen-files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_saar-space-3);
  }
  textarea,
  input[type='file'] {
    inline-size: 100%;
    max-inline-size: 40em;
    font: inherit;
  }
  input[type='file'] {
    min-block-size: var(--_saar-target-size);
    padding-block: var(--_saar-space-2);
  }
  .success {
    padding: var(--_saar-space-3);
    border-inline-start: 4px solid var(--_saar-color-success);
    background: var(--_saar-color-surface-raised);
  }
  @media (forced-colors: active) {
    .current,
    .action,
    .office {
      border: 1px solid CanvasText;
    }
  }
`;
