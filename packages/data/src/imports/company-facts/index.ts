export { toUsd, statedUsd, type FxRate, type UsdValue } from './fx.ts';
export { AGREEMENT_TOLERANCE, preferenceOrder, rankGroup, type CuratorChoice, type RankInput } from './groups.ts';
export { importCompanyFacts, readRates, type FactsReport, type FactsSnapshot } from './import-facts.ts';
export { FACTS_SNAPSHOT_DIR, factsSnapshotFiles, readFactsSnapshotFiles, writeFactsSnapshot } from './snapshot.ts';
export { resolveResearchCsv } from '../shared-file.ts';
export { importFactsForDataset } from './with-dataset.ts';
