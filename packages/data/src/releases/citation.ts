/** What a release is called in a citation: its number and date, the content hash it stands for. */
export interface CitedRelease {
  version: string;
  released_on: string;
  dataset_sha256: string;
}

/**
 * The one citation of the dataset, in English and Traditional Chinese, used wherever it is cited
 * (the Data page, the README in every download, the data package). The release number is the
 * version; the hash says which content that number stands for, so a copy can be checked.
 */
export function datasetCitation(release: CitedRelease | null, url: string): { en: string; zh: string } {
  if (!release) {
    return {
      en: `China AI Watch. China's AI ecosystem: figures, events and relations with provenance [Data set], unreleased data. ${url}. Licence CC BY 4.0.`,
      zh: `中國AI觀察。中國AI生態系數據集（附出處），未發布版本。${url}。CC BY 4.0 授權。`,
    };
  }
  const year = release.released_on.slice(0, 4);
  const hash = release.dataset_sha256.slice(0, 12);
  return {
    en: `China AI Watch (${year}). China's AI ecosystem: figures, events and relations with provenance [Data set], release ${release.version} (${release.released_on}; content sha256 ${hash}…). ${url}. Licence CC BY 4.0.`,
    zh: `中國AI觀察（${year}）。中國AI生態系數據集（附出處），${release.version} 版（${release.released_on} 發布；內容 sha256 ${hash}…）。${url}。CC BY 4.0 授權。`,
  };
}
