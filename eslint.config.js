// Lint rules for TypeScript and Svelte (`npm run check` runs this after svelte-check).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The suspending compiler forms are generators even where a construct never suspends, so
      // every suspending form has one shape (engine262 does the same).
      'require-yield': 'off',
      // Python strings hold NUL and other control characters; the scanner's regexes match them.
      'no-control-regex': 'off',
      // Generator closures keep `this` in a local for the body they return.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // Constants written with the digits of CPython's C sources (the double they round to is what counts).
    files: ['src/lib/py/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // bin/ is CommonJS (bin/package.json): the command starts without Node's ES module loader.
    files: ['bin/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    rules: {
      // Lists re-render in place by index, as they always have; keys would change which DOM nodes are reused.
      'svelte/require-each-key': 'off',
      // Plain Map/Set/URL objects here are local scratch values, never read reactively.
      'svelte/prefer-svelte-reactivity': 'off',
      // The share link rewrites only the hash of a static page (history.replaceState), not a route.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // D3 owns the <svg> inside the timeline component: it is the one place the app draws by hand.
    files: ['src/lib/ui/timeline/SwimTimeline.svelte'],
    rules: { 'svelte/no-dom-manipulating': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    ignores: ['build/', 'dist/', '.svelte-kit/', 'node_modules/', 'tests/**/golden/', 'tests/**/expected/'],
  },
);
