// Lint: typescript-eslint (type-aware) for the TypeScript, eslint-plugin-lit for templates, eslint-plugin-wc for
// custom-element rules. Zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { layersPlugin } from './layers.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', 'bench/report.json', 'bench/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Tags are registered by the guarded define() in src/define, never by customElements.define directly.
      'wc/define-tag-after-class-definition': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Never render shop data as HTML.' },
      ],
    },
  },
  {
    // The house's layers import downward only: core <- messages <- adapters, services <- elements <- define.
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/downward': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // chai's typings (through @open-wc/testing's plugins) make every assertion thenable.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
