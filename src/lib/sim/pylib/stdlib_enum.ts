export const enumLib = String.raw`
`;
