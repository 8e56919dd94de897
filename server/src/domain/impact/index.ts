// The impact engine: pure functions over the projection. No storage, no GraphQL.
export * from './events.js';
export * from './explain.js';
export * from './impact-model.js';
export * from './projection.js';
export * from './propagate.js';
export * from './report.js';
export * from './seeds.js';
export * from './state.js';
export * from './compare.js';
export * from './describe.js';
