import { parse } from '../src/lib/parse';
const r = parse(process.argv[2]);
console.log(JSON.stringify(r.module.body, (k, v) => (k === 'span' ? undefined : typeof v === 'bigint' ? String(v) : v)));
