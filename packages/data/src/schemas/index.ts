export * from './provenance.ts';
export * from './source.ts';
export * from './entity.ts';
export * from './metric.ts';
export * from './figure.ts';
export * from './event.ts';
export * from './relation.ts';
export * from './model.ts';
