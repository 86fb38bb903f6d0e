import type { Model, Source } from '../schemas/index.ts';
import type { Release } from '../imports/epoch-models/snapshot.ts';
import { EPOCH_SOURCE_ID } from '../imports/epoch-models/import-models.ts';
import release from '../../snapshots/epoch-ai-models/release.json' with { type: 'json' };
import snapshot from '../../snapshots/epoch-ai-models/models.json' with { type: 'json' };

/** What the snapshot records of the release file it was made from. */
export const modelsRelease = release as Release;

/** The AI models of the committed snapshot (`npm run import -- epoch-models` writes it). */
export const models = snapshot as unknown as Model[];

/** The release of Epoch AI's dataset the snapshot was made from: a source of kind `dataset`. */
export const epochModelsSource: Source = {
  id: EPOCH_SOURCE_ID,
  kind: 'dataset',
  file: release.file,
  title: 'Data on AI Models',
  title_zh: 'AI模型資料',
  title_original: 'en',
  author: 'Epoch AI',
  publisher: 'Epoch AI',
  publisher_zh: null,
  published_on: null,
  language: 'en',
  url: 'https://epoch.ai/data/ai-models',
  // A table's "sections" are the columns the import read; a claim's locator names the row and one of them.
  sections: Object.values(release.columns),
  summary_en:
    'A table of notable and large AI models worldwide, one row per model, with who developed it, when it was published, its size, training compute and how it can be accessed.',
  summary_zh: '全球重要及大型AI模型的資料表，每列一個模型，記錄開發機構、發表日期、規模、訓練算力與取用方式。',
  note_en: `A copy taken in April 2025; its newest model is dated ${release.newest_publication}. Only facts are imported; the table's abstracts, notes and author lists are not.`,
  note_zh: `2025年4月取得的版本，最新模型日期為${release.newest_publication}。僅匯入事實欄位，不含原表的摘要、附註與作者名單。`,
  licence: 'CC-BY-4.0',
  sha256: release.sha256,
  row_count: release.rows,
  reliability: null,
};
