import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: node by default; a file that needs a DOM says `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,components,entrypoints,scripts,tests/unit,tests/hostile,tests/property}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/property/setup.ts'],
    testTimeout: 60_000,
  },
});
