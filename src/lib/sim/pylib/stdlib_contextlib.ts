export const contextlibLib = String.raw`
`;
