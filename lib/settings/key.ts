// Where the settings document lives in browser.storage.local. A file of its own so the content script
// can watch for changes without bundling the schema or the default pack.
export const SETTINGS_KEY = 'galateo:settings';
