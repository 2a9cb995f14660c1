// `npm run db:migrate`: menerapkan migrasi ke DATABASE_URL.
import { migrate } from "../lib/db/migrator";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL belum diatur. (`npm start` tanpa DATABASE_URL memakai PostgreSQL bawaan dan bermigrasi sendiri.)");
  process.exit(2);
}
const result = await migrate(url, console.log);
console.log(`Selesai: ${result.applied.length} migrasi baru, ${result.alreadyApplied} sudah ada.`);
