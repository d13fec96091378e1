export { MANAGED_SCHEMA } from './managed-schema.ts';
export * from './schema.ts';
export * from './storage.ts';
