export const itertoolsLib = String.raw`
`;
