export const functoolsStdLib = String.raw`
`;
