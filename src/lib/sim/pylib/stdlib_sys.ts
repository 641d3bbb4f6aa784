export const sysLib = String.raw`
`;
