export const operatorLib = String.raw`
`;
