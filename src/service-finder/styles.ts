/** The service finder's own styles, on top of the shared ones; tokens only, no fixed colours. */
import { css } from 'lit';

export const finderStyles = css`
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_saar-font-size-xl);
  }
  h3 {
    font-size: var(--_saar-font-size-l);
  }
  h4 {
    font-size: var(--_saar-font-size-m);
    margin-block-start: var(--_saar-space-4);
  }
  h5 {
    font-size: var(--_saar-font-size-m);
    margin-block-start: var(--_saar-space-3);
  }
  p {
    margin: 0 0 var(--_saar-space-2);
  }
  .results {
    border: 1px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
  }
  mark {
    background: transparent;
    color: inherit;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
  }
  .badge {
    font-weight: var(--_saar-font-weight-bold);
    color: var(--_saar-color-success);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_saar-space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip,
  .link-button {
    min-block-size: var(--_saar-target-size);
    font: inherit;
    cursor: pointer;
  }
  .chip {
    padding: var(--_saar-space-2) var(--_saar-space-3);
    color: var(--_saar-color-text);
    background: var(--_saar-color-surface-raised);
    border: 1px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
    text-align: start;
  }
  .link-button {
    padding: var(--_saar-space-1) 0;
    color: var(--_saar-color-brand);
    background: none;
    border: 0;
    text-decoration: underline;
    text-align: start;
  }
  .service-list {
    margin: 0;
    padding-inline-start: var(--_saar-space-4);
  }
  .browse,
  .detail {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_saar-space-2);
    justify-items: start;
  }
  .browse > *,
  .detail > * {
    max-inline-size: 100%;
  }
  .town-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_saar-space-2);
  }
  .lead {
    font-size: var(--_saar-font-size-l);
  }
  .apply {
    margin-block: var(--_saar-space-4);
  }
  .route {
    padding: var(--_saar-space-3);
    background: var(--_saar-color-surface-raised);
    border-radius: var(--_saar-radius-m);
  }
  .route-name,
  .not-offered-title {
    font-weight: var(--_saar-font-weight-bold);
  }
  .event-place,
  .not-offered {
    margin-block-end: var(--_saar-space-3);
  }
  .hours {
    display: grid;
    gap: var(--_saar-space-1);
    margin: 0;
  }
  .hours div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_saar-space-2);
  }
  .hours dt {
    min-inline-size: calc(7 * var(--_saar-base));
  }
  .hours dd {
    margin: 0;
  }
  .contact {
    padding-inline-start: var(--_saar-space-4);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_saar-color-brand);
  }
  a.button {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    mark {
      color: inherit;
    }
  }
`;
