import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// The root vitest.config.ts only includes lib/components/entrypoints/scripts/tests/unit: this config runs
// the hostile corpus and property tests (npx vitest run --config tests/property/vitest.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/hostile/**/*.test.ts', 'tests/property/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
