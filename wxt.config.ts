import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Galateo runs only on Facebook and Instagram, needs no network and no remote code.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // The labelled evaluation data is for development only: it never ships, not even in the sources zip.
  zip: { excludeSources: ['data/eval/**', 'test-results/**'] },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: {
    name: 'Galateo',
    description: 'Netiquette assistant for INPS social media moderators on Facebook and Instagram.',
    permissions: ['storage', 'alarms'],
    commands: {
      'next-flagged': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Next flagged comment / Commento segnalato successivo' },
      'previous-flagged': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Previous flagged comment / Commento segnalato precedente' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    browser_specific_settings: {
      // Galateo collects and transmits nothing (AMO's data-collection declaration).
      // (the key is newer than WXT's manifest types, hence the spread)
      gecko: { id: 'galateo@galateo.local', strict_min_version: '128.0', ...({ data_collection_permissions: { required: ['none'] } } as object) },
    },
  },
});
