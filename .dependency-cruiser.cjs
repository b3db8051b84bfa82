// The server's area graph and the import rules around it (docs/architecture.md "Area graph",
// docs/decisions/0007-area-graph.md). `npm run check` runs `depcruise server src`, and
// tests/unit/area-graph.test.ts runs the same rules through dependency-cruiser's API.

/**
 * Each area of server/ with the areas it may import (besides `kernel` and `db/client.server`,
 * which every area may use). An area not listed here may not exist: the `unknown-area` rule
 * fails on it. The order is the layering, lowest first; the list must stay acyclic, which
 * `assertAcyclic` below checks whenever this file is loaded.
 */
const AREAS = {
	audit: [],
	identity: ['audit'],
	'service-settings': ['audit'],
	tenants: ['service-settings'],
	admin: ['audit', 'identity', 'tenants', 'service-settings'],
	account: ['audit', 'identity'],
	mail: [],
	notifications: ['mail', 'identity', 'account'],
	applications: ['audit', 'identity', 'tenants', 'service-settings', 'notifications'],
	attachments: ['applications'],
	workflow: ['applications', 'attachments', 'notifications', 'tenants', 'identity'],
	decisions: ['applications', 'workflow', 'attachments', 'notifications', 'tenants', 'identity'],
	inspections: [
		'applications',
		'attachments',
		'decisions',
		'notifications',
		'service-settings',
		'tenants',
		'identity'
	],
	queue: ['applications', 'workflow', 'audit', 'identity'],
	// Programmes, runs and offers (issue 16): offers are workflow steps with notices.
	placement: [
		'applications',
		'workflow',
		'notifications',
		'service-settings',
		'tenants',
		'identity',
		'audit'
	],
	sync: []
};

/**
 * Folders above every area: they compose the areas (the app router, the sync wiring, the
 * HTTP hooks, the command line, the stand-in identity provider) and may import any of them.
 */
const TOP = ['app', 'http', 'cli', 'idp-standin'];

/**
 * Which area owns each table's schema file (server/db/schema/*.ts). An area's code may
 * import only its own tables (and `columns.ts`); another area's rows are reached through
 * that area's service. `index.ts` (every table) is for the database's own code and the top.
 */
const TABLES = {
	'municipality.ts': 'tenants',
	'identity.ts': 'identity',
	'audit.ts': 'audit',
	'service-settings.ts': 'service-settings',
	'notice-address.ts': 'account',
	'notification.ts': 'notifications',
	'attachment.ts': 'attachments',
	'application.ts': 'applications',
	'application-delegate.ts': 'applications',
	'conflict.ts': 'applications',
	'facet.ts': 'applications',
	'workflow-steps.ts': 'workflow',
	// Named before the decision tables were alone in it: decision, permit, document_counter.
	'workflow.ts': 'decisions',
	'inspection.ts': 'inspections',
	'sync.ts': 'sync',
	'placement.ts': 'placement',
	'sequence.ts': 'kernel'
};

function assertAcyclic(graph) {
	const state = {};
	const visit = (area, path) => {
		if (state[area] === 'done') {
			return;
		}
		if (state[area] === 'visiting') {
			throw new Error(`.dependency-cruiser.cjs: the area graph has a cycle: ${path.join(' -> ')}`);
		}
		state[area] = 'visiting';
		for (const next of graph[area] ?? []) {
			if (!(next in graph)) {
				throw new Error(`.dependency-cruiser.cjs: ${area} depends on unknown area ${next}`);
			}
			visit(next, [...path, next]);
		}
		state[area] = 'done';
	};
	for (const area of Object.keys(graph)) {
		visit(area, [area]);
	}
}
assertAcyclic(AREAS);

const names = (list) => list.map((n) => n.replace(/[.-]/g, (c) => `\\${c}`)).join('|');
const allFolders = [...Object.keys(AREAS), ...TOP, 'kernel', 'db'];

/** One rule per area: it imports only the areas it is allowed to (and kernel, db). */
const areaRules = Object.entries(AREAS).map(([area, allowed]) => ({
	name: `area-${area}`,
	comment: `server/${area} may import only ${['kernel', 'db', ...allowed].join(', ')} (the area graph in .dependency-cruiser.cjs)`,
	severity: 'error',
	from: { path: `^server/${names([area])}/` },
	to: { path: '^server/', pathNot: `^server/(${names([area, 'kernel', 'db', ...allowed])})/` }
}));

/** One rule per table file: only its owner (and db, the top) imports it. */
const tableRules = Object.entries(TABLES).map(([file, owner]) => ({
	name: `table-${file.replace(/\.ts$/, '')}`,
	comment: `server/db/schema/${file} belongs to ${owner}: other areas reach its rows through ${owner}'s service`,
	severity: 'error',
	from: {
		path: '^server/',
		pathNot: `^server/(${names([owner, 'db', ...TOP])})/`
	},
	to: { path: `^server/db/schema/${names([file])}$` }
}));

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			comment: 'Modules form no cycle, inside an area or across areas.',
			severity: 'error',
			from: { path: '^(server/|src/lib/domain/)' },
			to: { circular: true }
		},
		{
			name: 'unknown-area',
			comment: 'Every folder of server/ is an area of the graph, the kernel, db or a top folder.',
			severity: 'error',
			from: { path: '^server/' },
			to: { path: `^server/(?!(${names(allFolders)})/)[^/]+/` }
		},
		{
			name: 'kernel-imports-no-area',
			comment: 'The kernel is below every area: it imports only the database client and schema.',
			severity: 'error',
			from: { path: '^server/kernel/' },
			to: { path: '^server/', pathNot: '^server/(kernel/|db/client\\.server\\.ts$|db/schema/)' }
		},
		{
			name: 'no-cross-area-repo',
			comment: "An area never imports another area's repo: it calls that area's service.",
			severity: 'error',
			from: { path: '^server/([^/]+)/' },
			to: { path: '^server/(?!$1/|kernel/)[^/]+/.+\\.repo\\.ts$' }
		},
		{
			name: 'queries-in-repos',
			comment:
				'Drizzle queries live in *.repo.ts files (types from drizzle-orm may be named anywhere).',
			severity: 'error',
			from: { path: '^server/', pathNot: '(\\.repo\\.ts$|^server/db/)' },
			to: { path: '^node_modules/drizzle-orm/', dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'areas-use-schema-files',
			comment: 'An area imports the schema files of its own tables, never every table (index.ts).',
			severity: 'error',
			from: { path: '^server/', pathNot: `^server/(${names(['db', ...TOP])})/` },
			to: { path: '^server/db/schema/index\\.ts$' }
		},
		{
			name: 'browser-never-imports-server',
			comment:
				"src/lib is browser code: it may name the server's types (the router's), never import its code.",
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^server/', dependencyTypesNot: ['type-only'] }
		},
		{
			name: 'domain-is-pure',
			comment: 'src/lib/domain imports nothing of the UI, the browser client or the catalogue.',
			severity: 'error',
			from: { path: '^src/lib/domain/' },
			to: { path: '^src/lib/(components|client|i18n)/' }
		},
		...areaRules,
		...tableRules
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^\\.svelte-kit/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.d.ts'],
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types']
		}
	}
};
