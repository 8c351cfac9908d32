/**
 * The service finder's search index: MiniSearch over the catalogue, made German-aware by the
 * analyser (folding, stems, compound parts) and the query builder (prefixes while typing, typo
 * tolerance, participles, compound splits). Built in chunks so typing never freezes.
 */
import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { Locale } from '../../api/schemas/common.js';
import type {
  Addressee,
  LifeSituation,
  ServiceCatalogue,
  ServiceSummary,
  TopicField,
} from '../../api/schemas/service.js';
import { TermAnalyzer } from './analyzer.js';
import { splitWords } from './german.js';
import { PhraseMatcher, type PhraseSource, type QueryWords } from './phrases.js';
import { buildWordQueries } from './query.js';
import { yieldToEventLoop } from '../../api/yield.js';

/** Options for building the index. */
export interface BuildOptions {
  /** Aborts the build (it then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Services indexed between two turns of the event loop. */
  chunkSize?: number;
}

/** Options for a search. */
export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Only services of this OZG topic field. */
  topicField?: TopicField;
  /** Only services for this addressee group. */
  addressee?: Addressee;
  /** Only services of this life situation (or one below it in the code tree). */
  lifeSituation?: string;
}

/** A service found by a search. */
export interface SearchHit {
  /** The service, as listed in the catalogue. */
  service: ServiceSummary;
  /** Relevance; only meaningful relative to the other hits of the same search. */
  score: number;
  /** Index terms that matched, for `splitForHighlight`. */
  matchedTerms: string[];
}

/** Size figures of an index, for the benchmark and the decision record. */
export interface IndexStats {
  /** Services indexed. */
  services: number;
  /** Distinct index terms. */
  terms: number;
  /** Distinct terms that only compound parts bring (parts are mostly catalogue words anyway). */
  partOnlyTerms: number;
  /** Term occurrences indexed from whole words (names, keywords, summary). */
  wordPostings: number;
  /** Term occurrences indexed from compound parts (heads and modifiers). */
  partPostings: number;
}

/** A life situation with the number of services it lists. */
export interface LifeSituationEntry {
  /** The life situation. */
  situation: LifeSituation;
  /** How many services belong to it. */
  count: number;
}

/** A service as the index reads it: words split once, compound parts already analysed. */
interface IndexedService {
  id: string;
  /** Words of the names (in the locale and German). */
  name: string[];
  /** Words of every language's keywords and of the names in the other languages. */
  keywords: string[];
  /** Words of the summary in the locale. */
  summary: string[];
  /** Index terms: stems of the heads of the names' compounds. */
  nameHeads: string[];
  /** Index terms: stems of the heads of the keywords' compounds. */
  keywordHeads: string[];
  /** Index terms: stems of the modifiers of the names' and keywords' compounds. */
  modifiers: string[];
}

// Names weigh most, then the citizens' own words, then the summary. The head of a compound in
// a name weighs nearly as much as a word of it (`Hundesteuer` is a tax), modifiers much less
// (`Hundesteuer` is not about dogs the way `Hund anmelden` is; `Steuernummer` is no tax).
const BOOST = {
  name: 4,
  nameHeads: 3,
  keywords: 2.5,
  keywordHeads: 1.5,
  summary: 1,
  modifiers: 0.8,
};
type Field = keyof typeof BOOST;
const FIELDS = Object.keys(BOOST) as Field[];
// Fields whose values are index terms already; the others hold words.
const TERM_FIELDS = new Set<string>(['nameHeads', 'keywordHeads', 'modifiers']);
// A service the catalogue describes (a summary) or translates (names or keywords in a second
// language) is one the portal curates; one with German words only is the imported long tail,
// which should not crowd out the former on a vague query (`steuer`: dog tax before excise).
const LONG_TAIL_PRIOR = 0.7;
// Leichte Sprache versions are written first for the most used services (the seed has them for
// its top fifty): the one popularity signal the catalogue carries, used as a mild tie-breaker.
const POPULAR_PRIOR = 1.2;
// How much a query that is one of a service's names or keywords (or most of one) multiplies
// its score: up to three times for an exact phrase.
const PHRASE_WEIGHT = 2;

const WORD_SEPARATOR = '\0';
// Stretch of indexing after which the build yields: with one chunk on top, well under a frame.
const SLICE_MS = 5;

/** A searchable index of the service catalogue in one locale. */
export class ServiceSearchIndex {
  /** Builds the index in chunks, yielding to the event loop between them. */
  static async build(
    catalogue: ServiceCatalogue,
    locale: Locale,
    { signal, chunkSize = 20 }: BuildOptions = {},
  ): Promise<ServiceSearchIndex> {
    // Start after the current task: whoever asked for the index renders first.
    await yieldToEventLoop();
    signal?.throwIfAborted();
    const index = new ServiceSearchIndex(catalogue, locale);
    const { services } = catalogue;
    const sources: ServiceSource[] = [];
    const chunk = Math.max(1, chunkSize);
    let sliceStart = performance.now();
    // Yields when a slice of work has used up its budget, not after every chunk: each turn of
    // the event loop costs time too, and a keystroke waits at most one slice.
    const breathe = async () => {
      signal?.throwIfAborted();
      if (performance.now() - sliceStart < SLICE_MS) return;
      await yieldToEventLoop();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    };
    // Pass 1 learns the vocabulary the compound splitter needs; pass 2 indexes.
    for (let i = 0; i < services.length; i += chunk) {
      for (const service of services.slice(i, i + chunk)) {
        const source = toSource(service, locale);
        sources.push(source);
        index.analyzer.learn(source.name);
        index.analyzer.learn(source.keywords);
        index.analyzer.learn(source.summary);
      }
      await breathe();
    }
    for (let i = 0; i < sources.length; i += chunk) {
      for (const source of sources.slice(i, i + chunk)) {
        index.miniSearch.add(index.toDocument(source));
        index.addPhrases(source);
      }
      await breathe();
    }
    void index.buildWordTreeAfterwards(chunk * 25);
    return index;
  }

  /**
   * Typo look-ups need a word tree of the whole vocabulary. Built in slices once the index is in
   * use, the first results do not wait for it, and yet no later keystroke builds it (a typo typed
   * before it is done builds the rest at once).
   */
  private async buildWordTreeAfterwards(stepSize: number): Promise<void> {
    await yieldToEventLoop();
    let sliceStart = performance.now();
    for (const _step of this.analyzer.buildWordTree(stepSize)) {
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }

  /** The locale the index was built for. */
  readonly locale: Locale;
  /** The analyser, whose vocabulary `suggest` uses. */
  readonly analyzer = new TermAnalyzer();
  private readonly services = new Map<string, ServiceSummary>();
  private readonly priors = new Map<string, number>();
  private readonly phrases: PhraseMatcher;
  private wordPostings = 0;
  private partPostings = 0;
  private readonly situations: LifeSituation[];
  /** Browse lists, computed once per index: the browse view asks for them on every render. */
  private readonly browseLists = new Map<string, ServiceSummary[]>();
  private situationEntries: LifeSituationEntry[] | undefined;
  /** Sorts the browse lists by name in the index's language. */
  private collator: Intl.Collator | undefined;
  private readonly miniSearch: MiniSearch<IndexedService>;

  private constructor(catalogue: ServiceCatalogue, locale: Locale) {
    this.locale = locale;
    for (const service of catalogue.services) {
      this.services.set(service.id, service);
      if (service.name['de-x-ls'] !== undefined) this.priors.set(service.id, POPULAR_PRIOR);
      else if (!isCurated(service)) this.priors.set(service.id, LONG_TAIL_PRIOR);
    }
    this.situations = catalogue.lifeSituations;
    this.phrases = new PhraseMatcher(this.analyzer);
    this.miniSearch = new MiniSearch<IndexedService>({
      fields: FIELDS,
      extractField: (document, field) => document[field as Field | 'id'],
      // Fields arrive split into words; a NUL join and split is far cheaper than splitting again.
      stringifyField: (words: string[]) => words.join(WORD_SEPARATOR),
      tokenize: (text) => text.split(WORD_SEPARATOR),
      processTerm: (word, field) =>
        field !== undefined && TERM_FIELDS.has(field) ? word : this.analyzer.stems(word),
      searchOptions: {
        boost: BOOST,
        boostDocument: (id: string) => this.priors.get(id) ?? 1,
        weights: { prefix: 0.6, fuzzy: 0.4 },
        // Queries arrive as prepared terms (see query.ts).
        tokenize: (term) => [term],
        processTerm: (term) => term,
      },
    });
  }

  /** Number of services indexed. */
  get size(): number {
    return this.services.size;
  }

  /** Size figures: services, distinct terms, and how many postings compound parts add. */
  stats(): IndexStats {
    return {
      services: this.services.size,
      terms: this.miniSearch.termCount,
      partOnlyTerms: this.analyzer.termCounts().partsOnly,
      wordPostings: this.wordPostings,
      partPostings: this.partPostings,
    };
  }

  /** Looks a service up by id. */
  get(id: string): ServiceSummary | undefined {
    return this.services.get(id);
  }

  /**
   * Searches as the citizen types. Services matching more of the words come first (so a long
   * query still finds something when no service has all its words), then those with the query
   * as one of their keywords or names (`umziehen` is a keyword of registering the new address,
   * which comes before the parking ban whose name holds `Umzug`), then by relevance. Services
   * that only a common word of the query brought in are left out (`withoutStrayWordHits`).
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.find(query, options).hits;
  }

  /** Like `search`, and how many services match in all (`limit` only cuts the list). */
  find(query: string, options: SearchOptions = {}): { hits: SearchHit[]; total: number } {
    const { limit = 10 } = options;
    const wordQueries = buildWordQueries(query, this.analyzer);
    if (wordQueries.length === 0) return { hits: [], total: 0 };
    const accept = this.filter(options);
    const filter = (result: SearchResult) => accept(this.services.get(result.id as string)!);
    const hits = new Map<string, WordHit>();
    // A query that is exactly one of a service's keywords or names (in any order, inflection)
    // is what the catalogue's authors wrote down for it: `umziehen` is a keyword of moving, and
    // a service whose name merely contains `Umzug` comes after it.
    const finished = wordQueries.filter((word) => !word.typed && !word.optional);
    const typed = wordQueries.find((word) => word.typed && !word.optional);
    const queryWords: QueryWords = {
      stems: finished.map((word) => word.stem),
      ...(typed === undefined ? {} : { typed: { stem: typed.stem, prefix: typed.folded } }),
    };
    const matchesPerWord: Set<string>[] = [];
    for (const { query: wordQuery, optional } of wordQueries) {
      const matches = new Set<string>();
      for (const result of this.miniSearch.search(wordQuery, { filter })) {
        const id = result.id as string;
        let hit = hits.get(id);
        if (!hit) hits.set(id, (hit = { score: 0, words: 0, terms: new Set(), phrase: false }));
        hit.score += result.score;
        if (!optional) hit.words += 1;
        matches.add(id);
        for (const term of result.terms) hit.terms.add(term);
      }
      if (!optional) matchesPerWord.push(matches);
    }
    for (const [id, hit] of hits) {
      const phraseShare = this.phrases.match(id, queryWords);
      hit.phrase = phraseShare >= 1;
      hit.score *= 1 + PHRASE_WEIGHT * phraseShare;
    }
    const ranked = [...withoutStrayWordHits(hits, matchesPerWord).entries()].sort(
      ([, a], [, b]) =>
        b.words - a.words || Number(b.phrase) - Number(a.phrase) || b.score - a.score,
    );
    return {
      total: ranked.length,
      hits: ranked.slice(0, limit).map(([id, hit]) => ({
        service: this.services.get(id)!,
        score: hit.score,
        matchedTerms: [...hit.terms],
      })),
    };
  }

  private toDocument({ id, name, keywords, summary, german }: ServiceSource): IndexedService {
    const { analyzer } = this;
    const modifiers = new Set<string>();
    for (const word of german.name)
      for (const term of analyzer.modifiers(word)) modifiers.add(term);
    for (const word of german.keywords) {
      for (const term of analyzer.modifiers(word)) modifiers.add(term);
    }
    const document = {
      id,
      name,
      keywords,
      summary,
      nameHeads: german.name.flatMap((word) => analyzer.heads(word)),
      keywordHeads: german.keywords.flatMap((word) => analyzer.heads(word)),
      modifiers: [...modifiers],
    };
    this.wordPostings += name.length + keywords.length + summary.length;
    this.partPostings +=
      document.nameHeads.length + document.keywordHeads.length + document.modifiers.length;
    return document;
  }

  private addPhrases(source: ServiceSource): void {
    this.phrases.add(source.id, source.phrases);
  }

  /** The services of a life situation (or one below it), sorted by name. */
  byLifeSituation(code: string): ServiceSummary[] {
    return this.browseList(`situation:${code}`, { lifeSituation: code });
  }

  /** The services of an OZG topic field, sorted by name. */
  byTopicField(topicField: TopicField): ServiceSummary[] {
    return this.browseList(`topic:${topicField}`, { topicField });
  }

  /** The catalogue's life situations with how many services each lists (empty ones left out). */
  lifeSituations(): LifeSituationEntry[] {
    this.situationEntries ??= this.situations
      .map((situation) => ({ situation, count: this.byLifeSituation(situation.code).length }))
      .filter((entry) => entry.count > 0);
    return this.situationEntries;
  }

  private browseList(key: string, options: SearchOptions): ServiceSummary[] {
    let list = this.browseLists.get(key);
    if (!list) this.browseLists.set(key, (list = this.sorted(this.filter(options))));
    return list;
  }

  private sorted(accept: (service: ServiceSummary) => boolean): ServiceSummary[] {
    const name = (service: ServiceSummary) => service.name[this.locale] ?? service.name.de;
    // Made on first use, not when the module loads: a collator costs milliseconds to create,
    // and the first visit's search box waits for this module.
    this.collator ??= new Intl.Collator(this.locale === 'de-x-ls' ? 'de' : this.locale);
    const { collator } = this;
    return [...this.services.values()]
      .filter(accept)
      .sort((a, b) => collator.compare(name(a), name(b)));
  }

  private filter({ topicField, addressee, lifeSituation }: SearchOptions) {
    const branch = lifeSituation === undefined ? undefined : lifeSituationBranch(lifeSituation);
    return (service: ServiceSummary): boolean =>
      (topicField === undefined || service.topicField === topicField) &&
      (addressee === undefined || service.addressees.includes(addressee)) &&
      (branch === undefined || service.lifeSituations.some((code) => code.startsWith(branch)));
  }
}

/** A service as the words of a query found it. */
interface WordHit {
  score: number;
  /** How many of the query's (non-optional) words it matched. */
  words: number;
  terms: Set<string>;
  /** Whether the query is one of its names or keywords (or all words of one). */
  phrase: boolean;
}

/**
 * Leaves out services that only a common word of the query brought in, once some service
 * matches every word: `Kita Platz` finds the nursery place, and the nursery fees through the
 * query's telling word (`Kita`), but not the market pitch, sports ground and workplace levy that
 * merely hold `Platz` in a compound; `Baum fällen` not every `Fall`. A service matching only some
 * of the words stays when it matches the most telling one (the word fewest services match);
 * when no service matches every word, all stay (a long query still finds something).
 */
function withoutStrayWordHits(
  hits: Map<string, WordHit>,
  matchesPerWord: readonly Set<string>[],
): Map<string, WordHit> {
  const words = matchesPerWord.length;
  if (words < 2) return hits;
  const fewest = Math.min(...matchesPerWord.map((matches) => matches.size));
  const telling = matchesPerWord.filter((matches) => matches.size === fewest);
  if (![...hits.values()].some((hit) => hit.words === words)) return hits;
  return new Map(
    [...hits].filter(
      ([id, hit]) => hit.words === words || telling.some((matches) => matches.has(id)),
    ),
  );
}

/**
 * The code prefix of a life situation's branch: codes are a group digit and three levels of
 * two digits, so `1050000` covers `105….` and `1100000` covers `110….` (not `111….`).
 */
export function lifeSituationBranch(code: string): string {
  let branch = code;
  while (branch.length > 1 && branch.endsWith('00')) branch = branch.slice(0, -2);
  return branch;
}

/** Whether the catalogue describes or translates a service (see `LONG_TAIL_PRIOR`). */
function isCurated(service: ServiceSummary): boolean {
  return (
    service.summary !== undefined ||
    Object.keys(service.name).length > 1 ||
    Object.keys(service.keywords).some((locale) => locale !== 'de')
  );
}

/** What the index reads of a service, split into words. */
interface ServiceSource {
  id: string;
  name: string[];
  keywords: string[];
  summary: string[];
  /** The German (and Leichte Sprache) words of names and keywords: the ones split as compounds. */
  german: { name: string[]; keywords: string[] };
  /** Each keyword and each name, as words: a query that is one of them gets a bonus. */
  phrases: PhraseSource[];
}

const GERMAN: readonly Locale[] = ['de', 'de-x-ls'];

/** What the index reads of a service: names in the locale and German, every language's words. */
function toSource(service: ServiceSummary, locale: Locale): ServiceSource {
  const localName = service.name[locale];
  const names = localName === undefined ? [service.name.de] : [localName, service.name.de];
  // Names in the other languages act as keywords: `passport` finds the German passport service.
  const otherNames = Object.values(service.name).filter((name) => !names.includes(name));
  const keywords = [...Object.values(service.keywords).flat(), ...otherNames];
  const germanNames = GERMAN.flatMap((language) => service.name[language] ?? []);
  const germanKeywords = GERMAN.flatMap((language) => service.keywords[language] ?? []);
  return {
    id: service.id,
    name: splitWords([...new Set(names)].join(' ')),
    keywords: splitWords(keywords.join(' ')),
    summary: splitWords(service.summary?.[locale] ?? service.summary?.de ?? ''),
    german: {
      name: splitWords(germanNames.join(' ')),
      keywords: splitWords(germanKeywords.join(' ')),
    },
    phrases: [
      ...Object.entries(service.name).map(([language, name]) => phrase(language, [name])),
      ...Object.entries(service.keywords).flatMap(([language, list]) =>
        list.map((keyword) => phrase(language, [keyword])),
      ),
    ],
  };
}

function phrase(language: string, texts: string[]): PhraseSource {
  return { words: splitWords(texts.join(' ')), german: GERMAN.includes(language as Locale) };
}
