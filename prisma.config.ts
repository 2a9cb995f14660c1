import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7 tidak membaca .env sendiri. DATABASE_URL hanya dipakai oleh perintah CLI yang
// menyentuh basis data (mis. `prisma migrate deploy` di server yang dapat mengunduh engine).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/skp" },
});
