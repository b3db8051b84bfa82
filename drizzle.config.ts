import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	schema: './server/db/schema/index.ts',
	out: './drizzle',
	dialect: 'sqlite',
	dbCredentials: { url: process.env.KOPA_DB ?? 'data/kopa.db' },
	strict: true,
	verbose: true
});
