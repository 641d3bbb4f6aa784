export const stringLib = String.raw`
`;
