export * from './normalise.ts';
export * from './sections.ts';
export * from './read-documents.ts';
