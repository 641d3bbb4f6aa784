// Node module hooks that give `import text from './file.py?raw'` Vite's meaning under Node (CLI, benches):
// a module whose default export is the file's text.
import { readFile } from 'node:fs/promises';

const RAW = /\.py\?raw$/;

export async function resolve(specifier, context, nextResolve) {
  if (RAW.test(specifier) && context.parentURL)
    return { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!RAW.test(url)) return nextLoad(url, context);
  const text = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
