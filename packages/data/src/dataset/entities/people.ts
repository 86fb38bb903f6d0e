import { entity } from './make.ts';

/** People the documents name, and named happenings used as entities. */
export const people = [
  entity({
    id: 'xi-jinping',
    type: 'person',
    name_en: 'Xi Jinping',
    name_zh: '習近平',
    name_zh_hans: '习近平',
    aliases: ['Xi'],
    description_en: 'General Secretary of the Chinese Communist Party and President of China.',
    description_zh: '中國共產黨總書記暨國家主席。',
  }),
];

export const happenings = [
  entity({
    id: 'third-plenum-2024',
    type: 'event',
    name_en: 'Third Plenum of the 20th CCP Central Committee',
    name_zh: '中共二十屆三中全會',
    name_zh_hans: '中共二十届三中全会',
    aliases: ['Third Plenum', 'third plenary session', '三中全會', '三中全会', '第三次全會', '第三次全会'],
    description_en: 'Party leadership meeting in 2024 devoted to economic and technology reform.',
    description_zh: '2024年以經濟與科技改革為主題的中共中央全體會議。',
  }),
];
