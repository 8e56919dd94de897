// The metamodel: node kinds and their fields, relationship types and their impact, ids, dates,
// and the schemas every layer derives from.
export * from './compile.js';
export * from './council.js';
export * from './definition.js';
export * from './fields.js';
export * from './kinds.js';
export * from './node-id.js';
export * from './partial-date.js';
export * from './relationship-id.js';
export * from './relationships.js';
export * from './model-schemas.js';
export * from './schemas.js';
export * from './text.js';
export * from './validate-batch.js';
