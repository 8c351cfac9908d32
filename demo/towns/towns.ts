/**
 * The two demo towns: a city and a small municipality, each a website of its own that embeds
 * the widgets the way the docs tell webmasters to (docs/demo.md).
 */
import { fileURLToPath } from 'node:url';

/** One demo town's website. */
export interface DemoTown {
  /** Short id, also the folder under `demo/`. */
  readonly id: 'saarbruecken' | 'tholey';
  /** The municipality's official name. */
  readonly name: string;
  /** Regional key (ARS) of the municipality, as in `server/seed/areas.json`. */
  readonly ars: string;
  /** Folder with the site's pages (`*.html`) and `assets/`. */
  readonly siteDir: string;
  /** Pages worth listing when the demo starts, path → what it shows. */
  readonly pages: readonly { readonly path: string; readonly title: string }[];
}

/** Folder of the files both sites serve under `/js/` (the language switch). */
export const SHARED_DIR = fileURLToPath(new URL('../shared/', import.meta.url));

/** Landeshauptstadt Saarbrücken: the finder preset to the city. */
export const SAARBRUECKEN: DemoTown = {
  id: 'saarbruecken',
  name: 'Landeshauptstadt Saarbrücken',
  ars: '100410100100',
  siteDir: fileURLToPath(new URL('../saarbruecken/', import.meta.url)),
  pages: [
    { path: '/', title: 'Online-Dienste, Suche für Saarbrücken voreingestellt' },
    { path: '/rechtliches.html', title: 'Seite ohne Widget (lädt nur den kleinen Einstieg)' },
  ],
};

/** Gemeinde Tholey (Landkreis St. Wendel): the citizen picks their town in the finder. */
export const THOLEY: DemoTown = {
  id: 'tholey',
  name: 'Gemeinde Tholey',
  ars: '100460118118',
  siteDir: fileURLToPath(new URL('../tholey/', import.meta.url)),
  pages: [
    { path: '/', title: 'Bürgerservice, Wohnort wählt der Bürger selbst' },
    { path: '/sprachen.html', title: 'Zwei Widgets auf einer Seite, Deutsch und Französisch' },
  ],
};

/** The demo towns in the order of `TOWN_ORIGINS`. */
export const DEMO_TOWNS: readonly [DemoTown, DemoTown] = [SAARBRUECKEN, THOLEY];
