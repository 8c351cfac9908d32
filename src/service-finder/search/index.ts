/** The service finder's German-aware search: index, highlighting and suggestions. */
export { ServiceSearchIndex, lifeSituationBranch } from './service-index.js';
export type {
  BuildOptions,
  IndexStats,
  LifeSituationEntry,
  SearchHit,
  SearchOptions,
} from './service-index.js';
export { splitForHighlight } from './highlight.js';
export type { HighlightSegment } from './highlight.js';
export { suggestQuery } from './suggest.js';
export { fold, stem } from './german.js';
