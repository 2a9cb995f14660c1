import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" melempar galat di luar React Server Components; di Vitest cukup modul kosong.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          // next-auth mengimpor "next/server" tanpa akhiran (ESM): diselesaikan lewat Vite, agar handler Auth.js
          // sungguhan berjalan di uji server action (tests/integration/aksi-bantuan.ts).
          server: { deps: { inline: ["next-auth"] } },
          // Satu basis data per proses: berkas dijalankan berurutan.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
