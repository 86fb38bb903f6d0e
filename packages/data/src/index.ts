export * from './schemas/index.ts';
export * from './dataset/index.ts';
export * from './validate/index.ts';
export * from './documents/index.ts';
export * from './numbers/index.ts';
