import { defineConfig } from 'wxt';

// Manifest and build settings. Entry points live in entrypoints/, logic in src/.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Spoiler Shield',
    description:
      'Reads about your show without the spoilers: hides only what happens after the episode you have watched.',
    // storage: settings; the content script itself needs no permission to run on pages.
    permissions: ['storage'],
  },
});
