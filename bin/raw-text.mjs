// Registers raw-text-hooks.mjs; `node --import ./bin/raw-text.mjs` (or `tsx --import ...`) loads it before the program.
import { register } from 'node:module';

register('./raw-text-hooks.mjs', import.meta.url);
