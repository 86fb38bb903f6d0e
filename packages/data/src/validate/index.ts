export * from './issues.ts';
export * from './validate-dataset.ts';
export * from './verify-claims.ts';
