import { parser } from '@lezer/python';
const src = process.argv[2];
console.log(parser.parse(src).toString());
