import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests compile with real cross compilers and run qemu.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
