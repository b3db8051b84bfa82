import { DEFAULT_DB_PATH, openDatabase } from '../db/client.server';

// openDatabase applies the migrations in drizzle/.
const path = process.env.KOPA_DB || DEFAULT_DB_PATH;
openDatabase(path).$client.close();
console.log(`migrated ${path}`);
