export * from './csv.ts';
export * from './datapackage.ts';
export * from './dictionary.ts';
export * from './export-to-dir.ts';
