// Storybook for the widgets: web components on Vite, the accessibility addon, no telemetry, and
// nothing fetched from the network (stories get their data from fixtures through the client
// context). `npm run storybook` / `npm run build-storybook` (into dist/storybook).
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/** Marks every module under src/ and stories/ as having side effects (see viteFinal). */
function keepOwnSideEffects(): Plugin {
  const own = /\/(?:src|stories)\/[^?]*\.ts$/;
  return {
    name: 'saar-keep-own-side-effects',
    enforce: 'post',
    transform(_code, id) {
      return own.test(id) ? { code: _code, moduleSideEffects: true } : null;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // package.json's `sideEffects` lists only the built CDN entry, so the bundler would drop the
  // stories' registering imports (`import '../src/…/define.js'`). Our own sources and stories
  // all count as having side effects here.
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [keepOwnSideEffects()],
      // Pre-bundle every Lit entry point together, so the dev server serves one copy of Lit.
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directives/if-defined.js',
          'lit/directive-helpers.js',
          '@lit/context',
          '@lit/task',
          '@lit/localize',
          '@lit/localize/init/reentrant.js',
        ],
      },
    });
  },
  core: {
    // Telemetry would stall every run on this network; it is off for everyone.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
