/**
 * Publication export of the swimlane timeline (Node only: drawing goes through linkedom and
 * PNGs through resvg). The CLI commands `loopline svg | png | frames` are built on these.
 *
 *   const r = exportSvg(source, { theme: 'print', locale: 'ko', title: '...' });
 *   if ('svg' in r) writeFileSync('out.png', exportPng(r.svg, 2));
 */
export { exportSvg, exportFrames, exportCompareSvg, ExportError, DEFAULT_WIDTH } from './svg';
export type { ExportOptions, ExportResult, CompareInput, CompareResult } from './svg';
export { exportPng, cjkFamily, installedFamilies } from './png';
export type { Scale } from './png';
