import { DEFAULT_DB_PATH, openDatabase } from '../db/client.server';
import { seedIfEmpty } from '../db/seed';

const path = process.env.KOPA_DB || DEFAULT_DB_PATH;
const db = openDatabase(path);
console.log(seedIfEmpty(db) ? `seeded demo data into ${path}` : `${path} already has data`);
db.$client.close();
