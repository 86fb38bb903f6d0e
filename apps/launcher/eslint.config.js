import base from '@aiwatch/config/eslint';

export default base;
