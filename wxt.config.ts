import { defineConfig } from 'wxt';

// Manifest and build settings. Entry points live in entrypoints/, logic in src/.
export default defineConfig({
  manifestVersion: 3,
  // SPOILER_SHIELD_NO_MINIFY=1 keeps function names readable in CPU profiles of the content script.
  vite: () => ({ build: { minify: process.env.SPOILER_SHIELD_NO_MINIFY ? false : undefined } }),
  manifest: {
    name: 'Spoiler Shield',
    description:
      'Reads about your show without the spoilers: hides only what happens after the episode you have watched.',
    // storage: settings; the content script itself needs no permission to run on pages.
    permissions: ['storage'],
  },
});
