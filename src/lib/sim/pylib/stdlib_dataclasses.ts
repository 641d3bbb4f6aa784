export const dataclassesLib = String.raw`
`;
