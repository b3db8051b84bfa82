// Relative imports only under server/db/schema: drizzle-kit cannot resolve Kit's aliases.
export * from './municipality';
export * from './identity';
export * from './application';
export * from './sync';
export * from './sequence';
export * from './attachment';
export * from './conflict';
export * from './audit';
export * from './service-settings';
export * from './workflow';
export * from './workflow-steps';
export * from './facet';
export * from './notification';
export * from './inspection';
export * from './notice-address';
export * from './application-delegate';
export * from './placement';
