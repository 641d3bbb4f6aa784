export const typingLib = String.raw`
`;
